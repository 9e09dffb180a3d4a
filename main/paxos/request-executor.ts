// Sends one API call the safe way: never during a cool-down; with a token that carries the
// call's scope; with a deadline; a 401 answered by dropping the token and trying once more with
// a fresh one; network errors, timeouts, 5xx and short 429s retried with full-jitter backoff,
// the request body built once so that a retried create carries the very same ref_id.
import { parseRetryAfter, planRetry, type BackoffPolicy } from './backoff';
import type { CoolDown } from './cool-down';
import { badResponse, isPaxosError, PaxosError } from './errors';
import type { RequestHook } from './hooks';
import { missingScopesError, parseProblem, problemToError } from './problem';
import { isSignatureRefusal } from './signature-refusal';
import { SIGNATURE_HEADER, signRequest } from './request-signing';
import { buildQuery, type QueryParams } from './query';
import type { Redactor } from './redact';
import { CLIENT_ROUTES, routePath, type PathParams, type PaxosOperation } from './routes';
import type { TokenCache } from './token-cache';
import { parseJsonBody, sendOnce, type FetchLike } from './transport';

export interface ExecutorDeps {
  apiUrl: string;
  fetch: FetchLike;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  tokens: TokenCache;
  coolDown: CoolDown;
  coolDownMs: number;
  backoff: BackoffPolicy;
  timeoutMs: number;
  userAgent: string;
  redactor: Redactor;
  onRequest?: RequestHook;
}

export interface ApiCall {
  /** The row of CLIENT_ROUTES this call sends to: its method, path and scope. */
  operation: PaxosOperation;
  /** Values of the route's `{name}` path segments. */
  params?: Readonly<Record<string, string>>;
  query?: QueryParams;
  body?: unknown;
  /** Whether re-sending the same bytes after an unclear outcome is harmless (GET, PUT, creates with ref_id). */
  idempotent: boolean;
  /** Field blamed for amount problems whose detail names none. */
  amountField?: string;
}

/** A call to operation O, with exactly the path params its route names (checked when compiled). */
type ApiCallTo<O extends PaxosOperation> = ApiCall & { operation: O } & PathParams<O>;

export interface ApiAnswer {
  status: number;
  body: unknown;
}

export type ApiExecutor = <O extends PaxosOperation>(call: ApiCallTo<O>) => Promise<ApiAnswer>;

export function createExecutor(deps: ExecutorDeps): ApiExecutor {
  return async function execute(call: ApiCall) {
    const bodyText = call.body === undefined ? undefined : JSON.stringify(call.body); // built once, reused by every attempt
    const { method, path: template, scope } = CLIENT_ROUTES[call.operation];
    const path = routePath(template, call.params);
    const url = `${deps.apiUrl}${path}${buildQuery(call.query ?? {})}`;
    const label = { method, path: new URL(`${deps.apiUrl}${path}`).pathname };
    const target = new URL(url);
    const signedPath = `${target.pathname}${target.search}`; // what Paxos reads as request-path
    let attempt = 0;
    let refreshedAfter401 = false;
    for (;;) {
      attempt += 1;
      let sent = false;
      let retryAfterMs: number | undefined;
      try {
        deps.coolDown.check();
        const token = await deps.tokens.get();
        if (!token.scopes.has(scope)) throw missingScopesError([scope]);
        const headers: Record<string, string> = {
          authorization: `Bearer ${token.accessToken}`,
          accept: 'application/json',
          'user-agent': deps.userAgent,
          ...(bodyText === undefined ? {} : { 'content-type': 'application/json' }),
        };
        // Signing is the credential's, all or nothing: a token read with a key signs every call.
        if (token.signingKey)
          headers[SIGNATURE_HEADER] = signRequest(token.signingKey, {
            method,
            pathWithQuery: signedPath,
            body: bodyText,
            nowMs: deps.now(),
          });
        sent = true;
        const started = deps.now();
        let status = 0;
        const answer = await sendOnce(
          deps.fetch,
          {
            url,
            method,
            headers,
            ...(bodyText === undefined ? {} : { body: bodyText }),
          },
          deps.timeoutMs,
          label,
        )
          .then((a) => ((status = a.status), a))
          .finally(() =>
            deps.onRequest?.({
              kind: 'api',
              method,
              path: label.path,
              status,
              durationMs: deps.now() - started,
              attempt,
            }),
          );
        const parsed = parseJsonBody(answer.text);
        // A 401 for a missing or refused signature is not an expired token: refreshing would
        // resend blindly.
        const signatureRefused =
          answer.status === 401 &&
          isSignatureRefusal(401, parseProblem(parsed.ok ? parsed.value : undefined));
        if (answer.status === 401 && !refreshedAfter401 && !signatureRefused) {
          refreshedAfter401 = true;
          deps.tokens.invalidate(token.accessToken);
          attempt -= 1; // a token refresh is not a retry of the request
          continue;
        }
        if (answer.status >= 200 && answer.status < 300) {
          if (!parsed.ok)
            throw badResponse(`${method} ${label.path}`, 'the body is not JSON', answer.status);
          return { status: answer.status, body: parsed.value };
        }
        retryAfterMs = parseRetryAfter(answer.headers.get('retry-after'), deps.now());
        if (answer.status === 429) deps.coolDown.enterFor(retryAfterMs ?? deps.coolDownMs);
        const raw = parseProblem(parsed.ok ? parsed.value : undefined);
        deps.redactor.remember(token.accessToken);
        const problem = {
          ...raw,
          ...(raw.detail ? { detail: deps.redactor.apply(raw.detail) } : {}),
          ...(raw.title ? { title: deps.redactor.apply(raw.title) } : {}),
        };
        const retryAt =
          answer.status === 429 ? (deps.coolDown.until() ?? new Date(deps.now())) : undefined;
        throw problemToError(answer.status, problem, {
          label,
          signed: token.signingKey !== undefined,
          ...(call.amountField ? { amountField: call.amountField } : {}),
          ...(retryAt ? { retryAt } : {}),
        });
      } catch (error) {
        if (!isPaxosError(error) || !error.retryable) throw error;
        const rateLimited = error.code === 'rate_limited';
        if (sent && !call.idempotent && !rateLimited) throw error;
        const wait = rateLimited ? deps.coolDown.remainingMs() : retryAfterMs;
        const plan = planRetry(attempt, wait, deps.backoff, deps.random);
        if (!plan.retry) throw attempt > 1 ? withAttempts(error, attempt) : error;
        await deps.sleep(plan.delayMs);
      }
    }
  };
}

function withAttempts(error: PaxosError, attempts: number): PaxosError {
  return new PaxosError(
    error.code,
    error.message,
    { ...error.details, attempts },
    {
      ...(error.status === undefined ? {} : { status: error.status }),
      ...(error.problemType === undefined ? {} : { problemType: error.problemType }),
      retryable: error.retryable,
    },
  );
}
