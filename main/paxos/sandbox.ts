// Sandbox-only helper (Paxos sandbox and the simulator): fund a profile with test assets.
// Not idempotent (no ref_id), so it is never resent after an unclear outcome.
import { validateAmount } from './input';
import { segment } from './query';
import type { ApiExecutor } from './request-executor';

export interface SandboxDepositInput {
  asset: string;
  amount: string;
  /** Set it for crypto assets, omit for USD. */
  crypto_network?: string;
}

export function sandboxApi(execute: ApiExecutor) {
  return {
    async sandboxDeposit(
      profileId: string,
      input: SandboxDepositInput,
    ): Promise<{ activityId: string | null }> {
      validateAmount(input.amount, input.asset, 'amount');
      const { body } = await execute({
        operation: 'sandboxDeposit',
        method: 'POST',
        path: `/sandbox/profiles/${segment(profileId, 'profile_id')}/deposit`,
        body: input,
        idempotent: false,
      });
      const id =
        typeof body === 'object' && body !== null
          ? (body as Record<string, unknown>).activity_id
          : undefined;
      return { activityId: typeof id === 'string' ? id : null };
    },
  };
}
