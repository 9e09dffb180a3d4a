// Request faults: drop the connection or answer 5xx, before the request is processed (nothing
// changed) or after it (the change is made, the answer is lost or replaced by a 5xx).
import type { ServerResponse } from 'node:http';
import type { Faults } from './faults';
import { problemAnswer, writeAnswer } from './http-io';
import { serverError } from './problems';

export function strike(
  faults: Faults,
  when: 'before' | 'after',
  method: string,
  path: string,
  res: ServerResponse,
): boolean {
  const drop = faults.take('drop', method, path, (rule) => (rule.when ?? 'before') === when);
  if (drop) {
    res.socket?.destroy();
    return true;
  }
  const error = faults.take('error', method, path, (rule) => (rule.when ?? 'before') === when);
  if (error) {
    void writeAnswer(res, problemAnswer(serverError(error.status ?? 503)));
    return true;
  }
  return false;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
