// Observation hook: one call per HTTP attempt (token requests included), for request counting,
// benchmarks and the connection indicator. It never carries headers, bodies or secrets.
export interface RequestEvent {
  kind: 'api' | 'token';
  method: string;
  /** URL path without the query string, e.g. /v2/orchestration/orchestrations */
  path: string;
  /** HTTP status, or 0 when no answer arrived (network error, timeout). */
  status: number;
  durationMs: number;
  /** 1 for the first attempt of a call, 2 for its first retry, ... (api requests only). */
  attempt?: number;
}

export type RequestHook = (event: RequestEvent) => void;
