// The renderer's only door to main. It unwraps the bridge envelope: a result comes back as the
// value, a failure is thrown as a BridgeCallError carrying main's `{ code, message, details }`.
import type { BridgeError } from '../../../shared/app-error';
import type { OperationName } from '../../../shared/bridge-names';
import type { OperationInput, OperationOutput, TreasuryApi } from '../../../shared/contract';
import type { BridgeResult } from '../../../shared/result';

declare global {
  interface Window {
    treasury?: TreasuryApi;
  }
}

export class BridgeCallError extends Error {
  readonly code: string;
  readonly details: Record<string, unknown> | undefined;
  constructor(error: BridgeError) {
    super(error.message);
    this.code = error.code;
    this.details = error.details;
  }
}

export function treasuryApi(): TreasuryApi {
  if (!window.treasury) {
    throw new BridgeCallError({
      code: 'internal',
      message: 'Treasury Desk must be opened from the desktop app.',
    });
  }
  return window.treasury;
}

export async function call<K extends OperationName>(
  name: K,
  ...input: undefined extends OperationInput<K> ? [OperationInput<K>?] : [OperationInput<K>]
): Promise<OperationOutput<K>> {
  const method = treasuryApi()[name] as (
    arg?: unknown,
  ) => Promise<BridgeResult<OperationOutput<K>>>;
  const result = await method(input[0]);
  if (!result.ok) throw new BridgeCallError(result.error);
  return result.value;
}
