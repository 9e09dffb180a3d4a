// One HTTP exchange with a deadline. The timeout covers the whole exchange, body included, so
// a server that sends headers and then drips the body slowly cannot hang the app.
import { networkError, timeoutError, type RequestLabel } from './errors';

/** The subset of the WHATWG fetch the client uses; injectable for tests and recording. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface HttpRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
}

export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
}

export async function sendOnce(
  fetchImpl: FetchLike,
  request: HttpRequest,
  timeoutMs: number,
  label: RequestLabel,
): Promise<HttpAnswer> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetchImpl(request.url, {
      method: request.method,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: request.body }),
      signal: controller.signal,
      redirect: 'error', // never follow a redirect with an Authorization header attached
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text };
  } catch (error) {
    if (timedOut) throw timeoutError(label, timeoutMs);
    throw networkError(label, error);
  } finally {
    clearTimeout(timer);
  }
}

/** Parses a JSON body; an empty body reads as null. Returns `undefined` when it is not JSON. */
export function parseJsonBody(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: null };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}
