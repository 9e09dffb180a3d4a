// Hostile-input faults applied to a successful JSON answer: malformed JSON, fields removed,
// unknown status values, unknown extra fields, oversized pages, slow-drip delivery.
import type { Faults } from './faults';
import type { SimAnswer } from './http-io';
import type { Json, JsonObject } from './types';

export function distort(
  faults: Faults,
  method: string,
  path: string,
  answer: SimAnswer,
): { answer: SimAnswer; dripMs: number } {
  const drip = faults.take('slowDrip', method, path);
  const dripMs = drip ? drip.chunkDelayMs : 0;
  if (answer.status < 200 || answer.status >= 300 || answer.body === undefined)
    return { answer, dripMs };
  let body: Json = structuredClone(answer.body);
  const huge = faults.take('hugePage', method, path);
  if (huge) body = padLists(body, huge.items);
  const missing = faults.take('missingFields', method, path);
  if (missing)
    body = mapRecords(body, (r) => {
      for (const f of missing.fields ?? ['id']) delete r[f];
    });
  const unknown = faults.take('unknownStatus', method, path);
  if (unknown)
    body = mapRecords(body, (r) => {
      if ('status' in r) r.status = unknown.value ?? 'SIMULATED_NEW_STATUS';
    });
  if (faults.take('extraFields', method, path))
    body = mapRecords(body, (r) => {
      r.x_simulator_extra = { note: 'unknown field' };
    });
  if (faults.take('malformedJson', method, path)) {
    const text = JSON.stringify(body);
    return {
      answer: {
        ...answer,
        body: undefined,
        raw: text.slice(0, Math.max(1, Math.floor(text.length / 2))),
      },
      dripMs,
    };
  }
  return { answer: { ...answer, body }, dripMs };
}

/** Applies `fn` to the record itself, or to every record of its list fields. */
function mapRecords(body: Json, fn: (record: JsonObject) => void): Json {
  if (!isObject(body)) return body;
  const lists = ['items', 'orchestrations', 'rules', 'events'].filter((k) =>
    Array.isArray(body[k]),
  );
  if (lists.length === 0) {
    const inner = isObject(body.rule) ? body.rule : body;
    fn(inner);
    return body;
  }
  for (const key of lists) for (const item of body[key] as Json[]) if (isObject(item)) fn(item);
  return body;
}

function padLists(body: Json, size: number): Json {
  if (!isObject(body)) return body;
  for (const key of ['items', 'orchestrations', 'rules', 'events']) {
    const list = body[key];
    if (!Array.isArray(list) || list.length === 0) continue;
    const template = list[0];
    const padded = [...list];
    for (let i = padded.length; i < size; i += 1)
      padded.push(isObject(template) ? { ...template, id: `padding-${i}` } : (template ?? null));
    body[key] = padded;
  }
  return body;
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
