// Reading requests and writing answers on node:http, including the slow-drip fault.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SimProblem } from './problems';
import type { Json } from './types';

export interface SimAnswer {
  status: number;
  /** JSON body; undefined for an empty body. */
  body?: Json;
  headers?: Record<string, string>;
  /** Raw text instead of JSON (malformed-JSON fault). */
  raw?: string;
}

const MAX_BODY_BYTES = 1024 * 1024;

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new SimProblem(413, 'Payload Too Large', 'request body exceeds 1 MiB'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function problemAnswer(problem: SimProblem): SimAnswer {
  return {
    status: problem.status,
    body: problem.body(),
    headers: { 'content-type': 'application/problem+json', ...problem.headers },
  };
}

/** Writes the answer; with `dripMs` the body goes out in small chunks, one every dripMs. */
export async function writeAnswer(
  res: ServerResponse,
  answer: SimAnswer,
  dripMs = 0,
): Promise<void> {
  const text = answer.raw ?? (answer.body === undefined ? '' : JSON.stringify(answer.body));
  const headers: Record<string, string> = { 'content-type': 'application/json', ...answer.headers };
  if (res.destroyed) return;
  res.writeHead(answer.status, { ...headers, 'content-length': String(Buffer.byteLength(text)) });
  if (dripMs <= 0 || text.length === 0) {
    res.end(text);
    return;
  }
  const bytes = Buffer.from(text);
  const chunk = Math.max(1, Math.ceil(bytes.length / 20));
  for (let i = 0; i < bytes.length && !res.destroyed; i += chunk) {
    res.write(bytes.subarray(i, i + chunk));
    await new Promise((r) => setTimeout(r, dripMs));
  }
  res.end();
}

export function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new SimProblem(400, 'Bad Request', 'request body is not valid JSON');
  }
}
