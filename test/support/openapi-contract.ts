// Contract checking against the published Paxos OpenAPI documents (read at run time from
// PAXOS_OPENAPI_DIR, by default ../shared/paxos-openapi/ beside the checkout; never copied
// into the repo, so a newcomer's clone has none: see openApiDocsStatus()).
//
// Use:
//   const recorder = createRecordingFetch();            // wraps global fetch
//   const client = createPaxosClient({ ..., fetch: recorder.fetch });
//   ... run flows ...
//   const report = await checkExchanges(recorder);        // every request and response
//   expect(report.issues).toEqual([]);
//
// Every recorded request is validated with openapi-backend's OpenAPIValidator (path, query,
// body) and every response against the operation's schema for its status. Error answers for a
// status the operation does not declare are validated against the document's Problem schema.
// Known, documented differences between the 2025 documents and the newer docs the code follows
// are listed in KNOWN_DEVIATIONS: each matches one specific validator error and nothing else,
// and the report counts how often each one was seen.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ErrorObject } from 'ajv';
import OpenAPIBackend, {
  type Document,
  type Operation,
  type OpenAPIValidator,
} from 'openapi-backend';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const PAXOS_OPENAPI_DIR =
  process.env.PAXOS_OPENAPI_DIR ?? resolve(REPO_ROOT, '..', 'shared', 'paxos-openapi');
export const MAIN_SPEC_FILE = 'paxos-v2.openapi.json';
export const ORCHESTRATION_SPEC_FILE = 'paxos-v2-orchestration.openapi.json';

export interface OpenApiDocsStatus {
  available: boolean;
  /** Under CI the documents are required: a missing folder is a failure, not a skip. */
  required: boolean;
  reason: string;
}

/** Whether the contract tests can run, and if not, why (for the skip message). */
export function openApiDocsStatus(dir = PAXOS_OPENAPI_DIR, env = process.env): OpenApiDocsStatus {
  const missing = [MAIN_SPEC_FILE, ORCHESTRATION_SPEC_FILE].filter(
    (file) => !existsSync(resolve(dir, file)),
  );
  return {
    available: missing.length === 0,
    required: env.CI === 'true',
    reason:
      missing.length === 0
        ? 'documents found'
        : `the Paxos OpenAPI documents are not at ${dir} (missing ${missing.join(', ')}); set PAXOS_OPENAPI_DIR to their folder`,
  };
}

// ------------------------------------------------------------------ recording
export interface RecordedExchange {
  method: string;
  url: string;
  requestHeaders: Record<string, string>;
  requestBody?: string;
  status?: number;
  responseHeaders?: Record<string, string>;
  responseBody?: string;
  /** Set when no answer arrived (connection dropped, timeout). */
  error?: string;
}

export interface Recorder {
  fetch: FetchLike;
  exchanges: RecordedExchange[];
  /** Resolves when every response body seen so far has been read. */
  settled(): Promise<void>;
}

export function createRecordingFetch(
  inner: FetchLike = (input, init) => fetch(input, init),
): Recorder {
  const exchanges: RecordedExchange[] = [];
  const pending: Promise<unknown>[] = [];
  const recordingFetch: FetchLike = async (input, init) => {
    const exchange: RecordedExchange = {
      method: (init.method ?? 'GET').toUpperCase(),
      url: input,
      requestHeaders: Object.fromEntries(new Headers(init.headers).entries()),
      ...(typeof init.body === 'string' ? { requestBody: init.body } : {}),
    };
    exchanges.push(exchange);
    try {
      const response = await inner(input, init);
      exchange.status = response.status;
      exchange.responseHeaders = Object.fromEntries(response.headers.entries());
      pending.push(
        response
          .clone()
          .text()
          .then(
            (text) => {
              exchange.responseBody = text;
            },
            (error: unknown) => {
              exchange.error = `body not read: ${String(error)}`;
            },
          ),
      );
      return response;
    } catch (error) {
      exchange.error = error instanceof Error ? error.message : String(error);
      throw error;
    }
  };
  return {
    fetch: recordingFetch,
    exchanges,
    settled: () => Promise.allSettled(pending).then(() => undefined),
  };
}

// ------------------------------------------------------------------ known deviations
export interface ErrorContext {
  operationId: string;
  phase: 'request' | 'response';
  error: ErrorObject;
}

export interface KnownDeviation {
  id: string;
  /** Why the code does not follow the document here (mirrored in docs/paxos-client.md). */
  reason: string;
  matches(ctx: ErrorContext): boolean;
}

const unknownQueryParam = (operationIds: string[], name: string) => (c: ErrorContext) =>
  c.phase === 'request' &&
  operationIds.includes(c.operationId) &&
  c.error.keyword === 'additionalProperties' &&
  c.error.instancePath === '/query' &&
  (c.error.params as { additionalProperty?: string }).additionalProperty === name;

export const KNOWN_DEVIATIONS: readonly KnownDeviation[] = [
  {
    id: 'list-orchestrations-ref-id',
    reason:
      'The ref_id filter on List Orchestrations was added on 2026-04-01, after the 2025 document; the client uses it to find an orchestration by ref_id after a 409 without meta or a crash.',
    matches: unknownQueryParam(['ListOrchestrations'], 'ref_id'),
  },
  {
    id: 'balances-required-balances',
    reason:
      'ListProfileBalancesResponse declares the property items but requires a property balances, which it never defines; Paxos answers { items }, so the required entry is a bug in the document.',
    matches: (c) =>
      c.phase === 'response' &&
      c.operationId === 'ListProfileBalances' &&
      c.error.keyword === 'required' &&
      (c.error.params as { missingProperty?: string }).missingProperty === 'balances',
  },
  {
    id: 'events-is-test',
    reason: 'paxos-api.md documents is_test on List/Get Event; the 2025 document does not list it.',
    matches: unknownQueryParam(['ListEvents', 'GetEvent'], 'is_test'),
  },
  {
    id: 'events-order-page-cursor',
    reason:
      'The 2026-07 document adds order and page_cursor to List Events (and next_page_cursor to its answer); the client pages events by cursor, 100 at most a page.',
    matches: (c) =>
      unknownQueryParam(['ListEvents'], 'order')(c) ||
      unknownQueryParam(['ListEvents'], 'page_cursor')(c) ||
      (c.phase === 'response' &&
        c.operationId === 'ListEvents' &&
        c.error.keyword === 'additionalProperties' &&
        (c.error.params as { additionalProperty?: string }).additionalProperty ===
          'next_page_cursor'),
  },
  {
    id: 'transfer-network-stellar',
    reason:
      'Newer docs add STELLAR (and XLAYER) to Transfer.crypto_network; the 2025 CryptoNetwork enum predates them.',
    matches: (c) =>
      c.phase === 'response' &&
      ['GetTransfer', 'ListTransfers'].includes(c.operationId) &&
      c.error.keyword === 'enum' &&
      c.error.instancePath.endsWith('/crypto_network') &&
      ['STELLAR', 'XLAYER'].includes(String(c.error.data)),
  },
];

// ------------------------------------------------------------------ checking
export interface ContractIssue {
  exchange: string;
  operationId?: string;
  phase: 'match' | 'request' | 'response';
  message: string;
}

export interface ContractReport {
  /** Exchanges validated against an operation. */
  checked: number;
  operations: Record<string, number>;
  skipped: { exchange: string; reason: string }[];
  issues: ContractIssue[];
  deviationsHit: Record<string, number>;
}

export interface ContractOptions {
  specDir?: string;
  /** Path prefix of the API base (default /v2). */
  apiBasePath?: string;
  deviations?: readonly KnownDeviation[];
}

interface LoadedSpecs {
  main: OpenAPIValidator;
  orchestration: OpenAPIValidator;
  problem: OpenAPIValidator;
  mainDoc: Document;
  orchestrationDoc: Document;
}

const specCache = new Map<string, LoadedSpecs>();

export function loadPaxosSpec(file: string, specDir = PAXOS_OPENAPI_DIR): Document {
  return JSON.parse(readFileSync(resolve(specDir, file), 'utf8')) as Document;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/i;

/**
 * OpenAPI 3.0 writes `exclusiveMaximum: true` beside `maximum` (JSON Schema draft 4); the Ajv
 * behind openapi-backend speaks draft 7, where exclusiveMaximum is the bound itself. Same
 * meaning, other spelling: rewrite it so the schema compiles (one such schema: Problem.status).
 */
export function toDraft7(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toDraft7);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = toDraft7(value);
  for (const [flag, bound] of [
    ['exclusiveMaximum', 'maximum'],
    ['exclusiveMinimum', 'minimum'],
  ] as const) {
    if (typeof out[flag] === 'boolean') {
      if (out[flag] === true && typeof out[bound] === 'number') {
        out[flag] = out[bound];
        delete out[bound];
      } else delete out[flag];
    }
  }
  return out;
}

async function validatorFor(document: Document): Promise<OpenAPIValidator> {
  // OpenAPIBackend dereferences the document ($ref) and builds its OpenAPIValidator from it.
  const api = new OpenAPIBackend({
    definition: toDraft7(document) as Document,
    quick: true, // skip the meta-validation of the whole 600 kB document; compile validators lazily
    strict: true,
    ajvOpts: { allErrors: true, verbose: true },
    customizeAjv: (ajv) => {
      ajv.addFormat('date-time', RFC3339);
      ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:\S+$/i);
      ajv.addFormat('uint64', {
        type: 'number',
        validate: (n: number) => Number.isInteger(n) && n >= 0,
      });
      return ajv;
    },
  });
  await api.init();
  return api.validator;
}

async function loadSpecs(specDir: string): Promise<LoadedSpecs> {
  const cached = specCache.get(specDir);
  if (cached) return cached;
  const mainDoc = loadPaxosSpec(MAIN_SPEC_FILE, specDir);
  const orchestrationDoc = loadPaxosSpec(ORCHESTRATION_SPEC_FILE, specDir);
  const problemSchema = (mainDoc.components?.schemas as Record<string, unknown>).Problem;
  // Error answers whose status an operation does not declare are checked against Problem.
  const problemDoc = {
    openapi: '3.0.0',
    info: { title: 'Paxos Problem', version: '1' },
    paths: {
      '/problem': {
        get: {
          operationId: 'Problem',
          responses: {
            default: {
              description: 'problem',
              content: { 'application/json': { schema: problemSchema } },
            },
          },
        },
      },
    },
  } as unknown as Document;
  const specs: LoadedSpecs = {
    main: await validatorFor(mainDoc),
    orchestration: await validatorFor(orchestrationDoc),
    problem: await validatorFor(problemDoc),
    mainDoc,
    orchestrationDoc,
  };
  specCache.set(specDir, specs);
  return specs;
}

export async function checkExchanges(
  recorder: Recorder | RecordedExchange[],
  options: ContractOptions = {},
): Promise<ContractReport> {
  if (!Array.isArray(recorder)) await recorder.settled();
  const exchanges = Array.isArray(recorder) ? recorder : recorder.exchanges;
  const specs = await loadSpecs(options.specDir ?? PAXOS_OPENAPI_DIR);
  const deviations = options.deviations ?? KNOWN_DEVIATIONS;
  const base = options.apiBasePath ?? '/v2';
  const report: ContractReport = {
    checked: 0,
    operations: {},
    skipped: [],
    issues: [],
    deviationsHit: {},
  };
  for (const ex of exchanges) checkOne(ex, specs, deviations, base, report);
  return report;
}

function checkOne(
  ex: RecordedExchange,
  specs: LoadedSpecs,
  deviations: readonly KnownDeviation[],
  base: string,
  report: ContractReport,
): void {
  const url = new URL(ex.url);
  const label = `${ex.method} ${url.pathname}${url.search} → ${ex.status ?? ex.error ?? '?'}`;
  if (!url.pathname.startsWith(`${base}/`))
    return void report.skipped.push({
      exchange: label,
      reason: 'not under the API base (OAuth token endpoint)',
    });
  const rel = url.pathname.slice(base.length);
  if (rel.startsWith('/simulator/'))
    return void report.skipped.push({ exchange: label, reason: 'simulator-only endpoint' });
  if (ex.status === undefined)
    return void report.skipped.push({
      exchange: label,
      reason: `no answer (${ex.error ?? 'unknown'})`,
    });
  const validator = rel.startsWith('/orchestration/') ? specs.orchestration : specs.main;
  const operation = validator.router.matchOperation({
    method: ex.method,
    path: rel,
    headers: {},
  }) as Operation | undefined;
  if (!operation?.operationId)
    return void report.issues.push({
      exchange: label,
      phase: 'match',
      message: 'no operation in the OpenAPI documents matches this path and method',
    });
  const operationId = operation.operationId;
  report.checked += 1;
  report.operations[operationId] = (report.operations[operationId] ?? 0) + 1;
  const record = (phase: 'request' | 'response', errors: ErrorObject[] | null | undefined) => {
    for (const error of errors ?? []) {
      const deviation = deviations.find((d) => d.matches({ operationId, phase, error }));
      if (deviation)
        report.deviationsHit[deviation.id] = (report.deviationsHit[deviation.id] ?? 0) + 1;
      else
        report.issues.push({
          exchange: label,
          operationId,
          phase,
          message: `${error.instancePath || '/'} ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`,
        });
    }
  };
  const requestBody = ex.requestBody === undefined ? undefined : parseJson(ex.requestBody);
  record(
    'request',
    validator.validateRequest(
      {
        method: ex.method,
        path: `${rel}${url.search}`,
        headers: ex.requestHeaders,
        ...(requestBody === undefined ? {} : { body: requestBody as object }),
      },
      operation,
    ).errors,
  );
  const text = ex.responseBody ?? '';
  const body = text.trim() === '' ? undefined : parseJson(text);
  if (text.trim() !== '' && body === undefined) {
    return void report.issues.push({
      exchange: label,
      operationId,
      phase: 'response',
      message: 'response body is not JSON',
    });
  }
  const contentType = (ex.responseHeaders?.['content-type'] ?? '').split(';')[0]?.trim();
  if (
    text.trim() !== '' &&
    contentType !== 'application/json' &&
    contentType !== 'application/problem+json'
  ) {
    report.issues.push({
      exchange: label,
      operationId,
      phase: 'response',
      message: `content-type ${contentType ?? '(none)'} is not JSON`,
    });
  }
  const declared = Object.keys(operation.responses ?? {});
  const status = ex.status;
  if (
    declared.includes(String(status)) ||
    declared.includes(`${Math.floor(status / 100)}XX`) ||
    declared.includes('default')
  ) {
    record('response', validator.validateResponse(body ?? null, operation, status).errors);
  } else if (status >= 400) {
    record('response', specs.problem.validateResponse(body ?? null, 'Problem', status).errors);
  } else {
    report.issues.push({
      exchange: label,
      operationId,
      phase: 'response',
      message: `status ${status} is not declared by ${operationId}`,
    });
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The OpenAPI operation a route of the client sends to (`path` relative to the API base, its
 * `{name}` segments filled with a sample value), or undefined when the documents have none.
 */
export async function operationIdFor(
  method: string,
  path: string,
  specDir = PAXOS_OPENAPI_DIR,
): Promise<string | undefined> {
  const specs = await loadSpecs(specDir);
  const validator = path.startsWith('/orchestration/') ? specs.orchestration : specs.main;
  const operation = validator.router.matchOperation({
    method,
    path: path.replace(/\{\w+\}/g, 'sample-id'),
    headers: {},
  }) as Operation | undefined;
  return operation?.operationId;
}

/** The OAuth scope(s) an operation's `security` requirement names. */
export async function operationScopes(
  operationId: string,
  specDir = PAXOS_OPENAPI_DIR,
): Promise<string[]> {
  const specs = await loadSpecs(specDir);
  for (const validator of [specs.main, specs.orchestration]) {
    const op = validator.router.getOperation(operationId);
    if (op) return (op.security ?? []).flatMap((req) => Object.values(req).flat() as string[]);
  }
  throw new Error(`unknown operation ${operationId}`);
}

/** A readable summary for a failing assertion. */
export function formatIssues(report: ContractReport): string {
  return report.issues
    .map((i) => `${i.phase} ${i.operationId ?? ''} ${i.exchange}: ${i.message}`)
    .join('\n');
}
