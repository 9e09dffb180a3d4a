// Builds malformed inputs for a bridge operation from one valid sample and the operation's zod
// input schema: the sample gives the shape, the schema says which fields are required, which are
// enums, which are amounts. Every case is invalid by construction (never "whatever the schema
// happens to reject"), so a schema that is too lax shows up as a case that passed.
import type { z } from 'zod';

export interface HostileCase {
  label: string;
  input: unknown;
}

type Path = (string | number)[];
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  valueType?: z.ZodType;
}
const internals = (schema: z.ZodType) =>
  (schema as unknown as { _zod: { def: Def; optin?: string } })._zod;

/** The schema without its optional/default/pipe wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let i = 0; i < 20; i += 1) {
    const def = internals(current).def;
    if (
      ['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional'].includes(
        def.type,
      ) &&
      def.innerType
    )
      current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else break;
  }
  return current;
}

/** The schema of `key` inside `schema` (object field, array element, union member that has it). */
function childSchema(schema: z.ZodType | undefined, key: string | number): z.ZodType | undefined {
  if (!schema) return undefined;
  const def = internals(unwrap(schema)).def;
  if (def.type === 'object') return def.shape?.[String(key)];
  if (def.type === 'array') return def.element;
  if (def.type === 'record') return def.valueType;
  if (def.type === 'union') {
    for (const option of def.options ?? []) {
      const found = childSchema(option, key);
      if (found) return found;
    }
  }
  return undefined;
}

const isOptional = (schema: z.ZodType | undefined) =>
  schema !== undefined && internals(schema).optin === 'optional';
const kindOf = (schema: z.ZodType | undefined) =>
  schema ? internals(unwrap(schema)).def.type : undefined;
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const MEGABYTE = 1 << 20;
const huge = 'A'.repeat(MEGABYTE);
const hugeDigits = '1'.repeat(MEGABYTE);

/** Nested 5,000 deep: `[[[[…]]]]`, and objects of the same depth. */
function deepNest(depth: number, asObject: boolean): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = asObject ? { a: value } : [value];
  return value;
}

/** Amounts that look numeric to a lax parser but are not plain positive decimals. */
export const NAN_LIKE_AMOUNTS = [
  'NaN',
  'nan',
  'Infinity',
  '-Infinity',
  '1e5',
  '1E5',
  '0x10',
  '0b1',
  '0o7',
  ' 1',
  '1 ',
  '1,000',
  '1_000',
  '+1',
  '-1',
  '-0.01',
  '0',
  '0.00',
  '',
  '.5',
  '1.',
  '1..2',
  '1.2.3',
  '１',
  '١',
  '1\u00a0000',
  '1/2',
  'null',
  'undefined',
  '10000000000000000', // 17 integer digits: beyond the 15-digit cap
];

/** Wrong-type replacements for a value, by the kind of value it was. */
function wrongTypes(value: unknown): [string, unknown][] {
  const common: [string, unknown][] = [
    ['null', null],
    ['date', new Date(0)],
    ['map', new Map([['a', 1]])],
    ['set', new Set([1])],
    ['regexp', /x/],
    ['error', new Error('x')],
    ['bigint', 10n],
    ['bytes', new Uint8Array(4)],
  ];
  if (typeof value === 'string')
    return [
      ...common,
      ['number', 123],
      ['zero', 0],
      ['true', true],
      ['object', {}],
      ['array', []],
      ['array of it', [value]],
    ];
  if (typeof value === 'number') {
    return [
      ...common,
      ['string', String(value)],
      ['true', true],
      ['object', {}],
      ['array', [value]],
      ['NaN', NaN],
      ['Infinity', Infinity],
      ['-Infinity', -Infinity],
      ['negative', -1],
      ['fraction', 1.5],
      ['1e21', 1e21],
      ['unsafe integer', Number.MAX_SAFE_INTEGER + 2],
    ];
  }
  if (typeof value === 'boolean')
    return [
      ...common,
      ['string', String(value)],
      ['one', 1],
      ['zero', 0],
      ['object', {}],
      ['array', [value]],
    ];
  if (Array.isArray(value)) {
    return [
      ...common,
      ['string', 'x'],
      ['object', {}],
      ['number', 1],
      ['true', true],
      ['wrong element', [123]],
      ['null element', [null]],
      ['100,000 elements', Array.from({ length: 100_000 }, () => value[0] ?? 'x')],
      ['deeply nested', deepNest(5000, false)],
    ];
  }
  if (isPlainObject(value))
    return [
      ...common,
      ['string', 'x'],
      ['number', 1],
      ['true', true],
      ['array', []],
      ['array of it', [value]],
      ['deeply nested', deepNest(5000, true)],
    ];
  return common;
}

/** A copy of `root` with the value at `path` replaced (or removed with `remove`). */
function setAt(root: unknown, path: Path, value: unknown, remove = false): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...Path];
  if (Array.isArray(root)) {
    const copy = [...root];
    copy[head as number] = setAt(copy[head as number], rest, value, remove);
    return copy;
  }
  const copy = { ...(root as Record<string, unknown>) };
  if (rest.length === 0 && remove) delete copy[head];
  else copy[head] = setAt(copy[head], rest, value, remove);
  return copy;
}

/** `object` with own keys `__proto__` / `constructor` / `prototype`, as JSON.parse makes them. */
export function withPollutionKey(
  object: Record<string, unknown>,
  key: '__proto__' | 'constructor' | 'prototype',
): Record<string, unknown> {
  const payload =
    key === 'constructor'
      ? '{"prototype":{"polluted":"yes"}}'
      : '{"polluted":"yes","isAdmin":true}';
  const rest = JSON.stringify(object).slice(1, -1);
  return JSON.parse(`{"${key}":${payload}${rest ? `,${rest}` : ''}}`) as Record<string, unknown>;
}

const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Top-level inputs that are wrong whatever the operation (other than `undefined`). */
function rootCases(sample: unknown): HostileCase[] {
  const cases: HostileCase[] = [
    { label: 'null', input: null },
    { label: 'number', input: 42 },
    { label: 'NaN', input: NaN },
    { label: 'string', input: 'x' },
    { label: '1 MB string', input: huge },
    { label: 'true', input: true },
    { label: 'empty array', input: [] },
    { label: 'array of the sample', input: [sample ?? {}] },
    { label: 'date', input: new Date(0) },
    { label: 'bigint', input: 10n },
    { label: 'deeply nested array', input: deepNest(5000, false) },
    { label: 'JSON text of the sample', input: JSON.stringify(sample ?? {}) },
    {
      label: 'own __proto__ holding the sample',
      input: JSON.parse(`{"__proto__":${JSON.stringify(sample ?? {})}}`),
    },
  ];
  if (sample === undefined) {
    cases.push(
      { label: 'empty object', input: {} },
      { label: 'string "undefined"', input: 'undefined' },
      { label: 'zero', input: 0 },
      { label: 'empty string', input: '' },
      { label: 'false', input: false },
      ...POLLUTION_KEYS.map((key) => ({
        label: `own ${key} key`,
        input: withPollutionKey({}, key),
      })),
    );
  } else {
    cases.push({ label: 'undefined', input: undefined });
  }
  return cases;
}

function amountCases(key: string): [string, unknown][] {
  const overPrecise = /usd/i.test(key) ? '1.123' : '1.1234567';
  return [
    ...NAN_LIKE_AMOUNTS.map((amount): [string, unknown] => [
      `amount ${JSON.stringify(amount)}`,
      amount,
    ]),
    [`over-precise ${overPrecise}`, overPrecise],
    ['1 MB of digits', hugeDigits],
  ];
}

const URL_CASES: [string, unknown][] = [
  ['javascript: URL', 'javascript:alert(1)'],
  ['file: URL', 'file:///etc/passwd'],
  ['data: URL', 'data:text/html,<script>alert(1)</script>'],
  ['ftp: URL', 'ftp://paxos.example/'],
  ['not a URL', 'paxos dot com'],
  ['URL over 300 characters', `https://paxos.example/${'a'.repeat(300)}`],
];

/**
 * Every hostile variant of `sample` for an operation whose input schema is `schema`:
 * root-level garbage, then per field (recursively): missing when required, wrong types, huge
 * strings, unknown enum values, NaN-like and over-precise amounts, hostile URLs, extra fields
 * and prototype-pollution keys on every object.
 */
export function hostileCases(schema: z.ZodType, sample: unknown): HostileCase[] {
  const cases = rootCases(sample);
  if (sample === undefined) return cases;

  const visit = (
    value: unknown,
    path: Path,
    fieldSchema: z.ZodType | undefined,
    required: boolean,
  ) => {
    const at = path.length === 0 ? 'input' : path.join('.');
    const put = (label: string, replacement: unknown) =>
      cases.push({ label: `${at}: ${label}`, input: setAt(sample, path, replacement) });
    if (path.length > 0) {
      for (const [label, replacement] of wrongTypes(value)) put(label, replacement);
      if (required)
        cases.push({ label: `${at}: missing`, input: setAt(sample, path, undefined, true) });
    }
    if (typeof value === 'string') {
      const key = String(path.at(-1));
      put('1 MB string', huge);
      put(`1 MB of "${value.charAt(0)}"`, value.charAt(0).repeat(MEGABYTE));
      if (kindOf(fieldSchema) === 'enum') {
        put('unknown enum value', 'NOT_A_KNOWN_VALUE');
        if (value.toLowerCase() !== value) put('enum value in lower case', value.toLowerCase());
        if (value.toUpperCase() !== value) put('enum value in upper case', value.toUpperCase());
        put('enum value with a space', ` ${value}`);
        put('enum value with a NUL', `${value}\u0000`);
        put('empty enum value', '');
      }
      if (/amount|limitusd/i.test(key))
        for (const [label, amount] of amountCases(key)) put(label, amount);
      if (/url$/i.test(key)) for (const [label, url] of URL_CASES) put(label, url);
    }
    if (Array.isArray(value))
      value.forEach((item, i) => visit(item, [...path, i], childSchema(fieldSchema, i), true));
    if (isPlainObject(value)) {
      if (kindOf(fieldSchema) === 'record') {
        // A record takes any key: extra means too many entries, or a value of the wrong type.
        put(
          'too many entries',
          Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`key${i}`, 'v'])),
        );
        put('non-string entry', { ...value, unexpectedField: { nested: true } });
      } else {
        put('extra field', { ...value, unexpectedField: 'surprise' });
      }
      for (const key of POLLUTION_KEYS) put(`own ${key} key`, withPollutionKey(value, key));
      // A record's entries are all optional; an object's fields are required unless the schema says not.
      const isRecord = kindOf(fieldSchema) === 'record';
      for (const [key, child] of Object.entries(value)) {
        const childField = childSchema(fieldSchema, key);
        visit(child, [...path, key], childField, !isRecord && !isOptional(childField));
      }
    }
  };
  visit(sample, [], schema, true);
  return cases;
}
