// Contract checking against the published Paxos OpenAPI document (read at run time from
// PAXOS_OPENAPI_DIR, by default ../shared/paxos-openapi/ beside the checkout; never copied
// into the repo, so a newcomer's clone has none: see openApiDocsStatus()). The document that
// stands is the 2026-07 one (CURRENT_SPEC_FILE): it covers every path in one file and supersedes
// the two 2025 documents, which stay in that folder for history only and are not validated against.
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
// Known, documented differences between the document and what the code follows are listed in
// KNOWN_DEVIATIONS: each matches one specific validator error and nothing else,
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
/** The official v2 document as of 2026-07-31: the one the contract tests hold code to. */
export const CURRENT_SPEC_FILE = 'paxos-v2-2026-07.openapi.json';
/** The 2025 documents (main API; orchestrations preview): history only, kept for the transition. */
export const LEGACY_SPEC_FILES = [
  'paxos-v2.openapi.json',
  'paxos-v2-orchestration.openapi.json',
] as const;

export interface OpenApiDocsStatus {
  available: boolean;
  /** Under CI the documents are required: a missing folder is a failure, not a skip. */
  required: boolean;
  reason: string;
}

/** Whether the contract tests can run, and if not, why (for the skip message). */
export function openApiDocsStatus(dir = PAXOS_OPENAPI_DIR, env = process.env): OpenApiDocsStatus {
  const missing = [CURRENT_SPEC_FILE].filter((file) => !existsSync(resolve(dir, file)));
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

export const unknownQueryParam = (operationIds: string[], name: string) => (c: ErrorContext) =>
  c.phase === 'request' &&
  operationIds.includes(c.operationId) &&
  c.error.keyword === 'additionalProperties' &&
  c.error.instancePath === '/query' &&
  (c.error.params as { additionalProperty?: string }).additionalProperty === name;

/**
 * Against the 2026-07 document nothing needs excusing: the four differences the 2025 documents
 * had (ref_id on List Orchestrations, `required: balances` on List Profile Balances, is_test on
 * the Events API, STELLAR in CryptoNetwork) are all settled there. Add an entry only for a
 * difference that remains, matching its one exact validator error (`unknownQueryParam` above
 * is the helper for an undocumented query parameter).
 */
export const KNOWN_DEVIATIONS: readonly KnownDeviation[] = [];

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
  /** Per operation, the distinct HTTP statuses it answered with, ascending. */
  statuses: Record<string, number[]>;
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
  api: OpenAPIValidator;
  problem: OpenAPIValidator;
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
      // Amounts are decimal strings in the 2026 document (`format: decimal`).
      ajv.addFormat('decimal', /^-?\d+(?:\.\d+)?$/);
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
  const doc = loadPaxosSpec(CURRENT_SPEC_FILE, specDir);
  const problemSchema = (doc.components?.schemas as Record<string, unknown>).Problem;
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
    api: await validatorFor(doc),
    problem: await validatorFor(problemDoc),
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
    statuses: {},
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
  const validator = specs.api;
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
  const statuses = (report.statuses[operationId] ??= []);
  if (!statuses.includes(ex.status)) {
    statuses.push(ex.status);
    statuses.sort((a, b) => a - b);
  }
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
  const validator = (await loadSpecs(specDir)).api;
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
  const op = (await loadSpecs(specDir)).api.router.getOperation(operationId);
  if (op) return (op.security ?? []).flatMap((req) => Object.values(req).flat() as string[]);
  throw new Error(`unknown operation ${operationId}`);
}

/** A readable summary for a failing assertion. */
export function formatIssues(report: ContractReport): string {
  return report.issues
    .map((i) => `${i.phase} ${i.operationId ?? ''} ${i.exchange}: ${i.message}`)
    .join('\n');
}
