// The table of bridge handlers, one per contract operation. It is plain TypeScript so that the
// Electron shell (`main/ipc.ts`), the unit tests and the e2e harness (Playwright exposeBinding)
// all call the very same validation and handlers.
import type { z } from 'zod';
import { AppError } from '../../shared/app-error';
import { operationNames, type OperationName } from '../../shared/bridge-names';
import { operations, type OperationInput, type OperationOutput } from '../../shared/contract';
import type { BridgeResult } from '../../shared/result';
import { plainDataProblem } from './plain-data';
import { toBridgeError } from './to-bridge-error';

export type OperationHandlers = {
  [K in OperationName]: (
    input: OperationInput<K>,
  ) => Promise<OperationOutput<K>> | OperationOutput<K>;
};

export type HandlerTable = Record<
  OperationName,
  (rawInput: unknown) => Promise<BridgeResult<unknown>>
>;

export function validationError(issues: z.core.$ZodIssue[]): AppError {
  const first = issues[0];
  const field = first && first.path.length > 0 ? first.path.join('.') : undefined;
  const message = first
    ? `${field ? `${field}: ` : ''}${first.message}`
    : 'The request was not in the expected form.';
  return new AppError('validation', message, {
    ...(field ? { field } : {}),
    issues: issues
      .slice(0, 10)
      .map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  });
}

/** What happened to one call: `invalid` means the handler never ran. For logs and tests. */
export type CallTrace = {
  operation: OperationName;
  outcome: 'invalid' | 'ok' | 'error';
  code?: string;
};

/** While `isLocked()`, every operation not in `allowed` answers `locked` (after its input is checked). */
export interface LockPolicy {
  isLocked(): boolean;
  allowed: ReadonlySet<OperationName>;
}

export interface HandlerTableOptions {
  onUnexpected?: (operation: OperationName, error: unknown) => void;
  trace?: (call: CallTrace) => void;
  lock?: LockPolicy;
}

export function createHandlerTable(
  handlers: OperationHandlers,
  options: HandlerTableOptions = {},
): HandlerTable {
  const { onUnexpected, trace, lock } = options;
  const table = {} as HandlerTable;
  for (const name of operationNames) {
    const { input: inputSchema, output: outputSchema } = operations[name];
    const handler = handlers[name] as (input: unknown) => unknown;
    table[name] = async (rawInput) => {
      const problem = plainDataProblem(rawInput);
      if (problem) {
        trace?.({ operation: name, outcome: 'invalid', code: 'validation' });
        return {
          ok: false,
          error: new AppError('validation', `The request ${problem}.`).toBridge(),
        };
      }
      const parsed = inputSchema.safeParse(rawInput);
      if (!parsed.success) {
        trace?.({ operation: name, outcome: 'invalid', code: 'validation' });
        return { ok: false, error: validationError(parsed.error.issues).toBridge() };
      }
      try {
        if (lock && !lock.allowed.has(name) && lock.isLocked())
          throw new AppError('locked', 'Treasury Desk is locked. Unlock it to continue.');
        const result = await handler(parsed.data);
        // Parsing the result strips any field the contract does not declare, so a handler
        // cannot leak more than the contract promises (a token, a secret) by accident.
        const value = outputSchema.parse(result);
        trace?.({ operation: name, outcome: 'ok' });
        return { ok: true, value };
      } catch (error) {
        const bridgeError = toBridgeError(error, (e) => onUnexpected?.(name, e));
        trace?.({ operation: name, outcome: 'error', code: bridgeError.code });
        return { ok: false, error: bridgeError };
      }
    };
  }
  return Object.freeze(table);
}
