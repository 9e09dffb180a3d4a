// RFC 7807 problems the way Paxos sends them (type URIs under developer.paxos.com/docs/v2/problems).
import type { JsonObject } from './types';

const PROBLEM_BASE = 'https://developer.paxos.com/docs/v2/problems';

export class SimProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly type: string = 'about:blank',
    readonly meta?: JsonObject,
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }

  body(): JsonObject {
    return {
      type: this.type,
      title: this.title,
      status: this.status,
      detail: this.detail,
      ...(this.meta ? { meta: this.meta } : {}),
    };
  }
}

export const badRequest = (detail: string, field?: string) =>
  new SimProblem(400, 'Bad Request', detail, 'about:blank', field ? { field } : undefined);
export const unauthorized = (detail: string) => new SimProblem(401, 'Unauthorized', detail);
export const forbidden = (detail: string, meta?: JsonObject) =>
  new SimProblem(403, 'Forbidden', detail, 'about:blank', meta);
export const notFound = (detail: string) => new SimProblem(404, 'Not Found', detail);
export const alreadyExists = (detail: string, existing: JsonObject) =>
  new SimProblem(409, 'Already Exists', detail, `${PROBLEM_BASE}/already-exists`, { existing });
export const insufficientFunds = (
  profileId: string,
  asset: string,
  available: string,
  needed: string,
) =>
  new SimProblem(
    403,
    'Insufficient Funds',
    `insufficient ${asset} funds in profile ${profileId}: ${needed} needed, ${available} available`,
    `${PROBLEM_BASE}/insufficient-funds`,
    { profile_id: profileId, asset, available, needed },
  );
export const exceedPrecision = (asset: string, places: number, field: string) =>
  new SimProblem(
    400,
    'Exceed Precision',
    `max precision allowed for asset ${asset} is ${places}`,
    `${PROBLEM_BASE}/exceed-precision`,
    { field },
  );
// Title and detail as the 2026-07 document's Problem_too_many_requests example has them.
export const tooManyRequests = (retryAfterSec: number, headers: Record<string, string> = {}) =>
  new SimProblem(429, 'Too Many Requests', 'Too many requests', 'about:blank', undefined, {
    ...headers,
    'retry-after': String(retryAfterSec),
  });

/** The reason phrase as a problem title, for the statuses an error fault may answer with. */
const TITLES: Record<number, string> = {
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** An error fault's answer; a 429 also names when to retry, as a real one does. */
export const serverError = (status: number) =>
  status === 429
    ? tooManyRequests(1)
    : new SimProblem(status, TITLES[status] ?? 'Internal Server Error', 'simulated server error');
