// Every failure the client reports is a PaxosError: an AppError (code, operator-readable
// message, JSON-safe details) that also remembers the HTTP status and problem type for logic
// such as retries. Nothing secret ever goes into the message or the details.
import { AppError, type ErrorCode } from '../../shared/app-error';

export interface PaxosErrorExtras {
  /** HTTP status Paxos answered with, when there was an answer. */
  status?: number;
  /** RFC 7807 `type` of the problem, when there was one. */
  problemType?: string;
  /** True when sending the same request again may succeed (network, timeout, 5xx, 429). */
  retryable?: boolean;
}

export class PaxosError extends AppError {
  readonly status: number | undefined;
  readonly problemType: string | undefined;
  readonly retryable: boolean;

  constructor(
    code: ErrorCode,
    message: string,
    details?: Record<string, unknown>,
    extras: PaxosErrorExtras = {},
  ) {
    super(code, message, details);
    this.status = extras.status;
    this.problemType = extras.problemType;
    this.retryable = extras.retryable ?? false;
  }
}

export function isPaxosError(error: unknown): error is PaxosError {
  return error instanceof PaxosError;
}

/** What the operator was doing, for messages: "GET /profiles". */
export interface RequestLabel {
  method: string;
  path: string;
}

export function networkError(label: RequestLabel, cause?: unknown): PaxosError {
  const reason = describeCause(cause);
  return new PaxosError(
    'network',
    `Could not reach Paxos${reason ? ` (${reason})` : ''}. Check the network connection.`,
    { method: label.method, path: label.path, ...(reason ? { reason } : {}) },
    { retryable: true },
  );
}

export function timeoutError(label: RequestLabel, timeoutMs: number): PaxosError {
  return new PaxosError(
    'timeout',
    `Paxos did not answer within ${formatSeconds(timeoutMs)}.`,
    { method: label.method, path: label.path, timeoutMs },
    { retryable: true },
  );
}

export function badResponse(what: string, detail: string, status?: number): PaxosError {
  return new PaxosError(
    'bad_response',
    `Paxos sent a response Treasury Desk could not read (${what}: ${detail}).`,
    { what, detail },
    status === undefined ? {} : { status },
  );
}

export function rateLimitedError(retryAt: Date): PaxosError {
  const iso = retryAt.toISOString();
  return new PaxosError(
    'rate_limited',
    `Paxos is throttling requests from this computer. Nothing will be sent until ${iso}.`,
    { retryAt: iso },
    { status: 429, retryable: true },
  );
}

/** Names the kind of low-level failure without echoing arbitrary text (which could be long). */
function describeCause(cause: unknown): string | undefined {
  const code = findErrorCode(cause);
  const known: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'DNS lookup failed',
    ETIMEDOUT: 'connection timed out',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    UND_ERR_SOCKET: 'connection closed by the server',
    UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  };
  return code ? (known[code] ?? code) : undefined;
}

function findErrorCode(cause: unknown, depth = 0): string | undefined {
  if (depth > 3 || typeof cause !== 'object' || cause === null) return undefined;
  const code = (cause as { code?: unknown }).code;
  if (typeof code === 'string' && /^[A-Z_]+$/.test(code)) return code;
  return findErrorCode((cause as { cause?: unknown }).cause, depth + 1);
}

function formatSeconds(ms: number): string {
  if (ms % 1000 !== 0) return `${ms} ms`;
  const seconds = ms / 1000;
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}
