// Wire out USD cash as the operator asks for it (profile, bank account, the figure and how the
// fee is paid, memo), and the Create Fiat Withdrawal body it is sent as. The fee mode decides
// which field carries the figure: "send exactly X, fee on top" is `amount`, "debit exactly X,
// fee deducted" is `total` (Paxos's two documented ways; exactly one is ever sent).
import type { z } from 'zod';
import { FiatWithdrawalInput } from '../../../../shared/fiat-withdrawal';
import type { IntentPayloads } from '../../../../shared/intent-payloads';

export { FiatWithdrawalInput };
export type FiatWithdrawal = z.output<typeof FiatWithdrawalInput>;

/** `requestedBy` names the desk's user for Paxos's records (at most 100 characters). */
export function fiatWithdrawalBody(
  input: FiatWithdrawal,
  requestedBy: string,
): IntentPayloads['create_fiat_withdrawal'] {
  return {
    profile_id: input.profileId,
    fiat_account_id: input.fiatAccountId,
    asset: 'USD',
    ...(input.feeMode === 'on_top' ? { amount: input.amount } : { total: input.amount }),
    ...(input.memo ? { memo: input.memo } : {}),
    metadata: { requested_by: requestedBy.slice(0, 100) },
  };
}

/** The figure asked for, whichever field carries it: what the daily wire limit counts. */
export const askedUsd = (body: { amount?: string; total?: string }): string =>
  body.amount ?? body.total ?? '0';

/** "send exactly 1,000.00 USD, fee on top" or "debit exactly 1,000.00 USD, fee deducted". */
export function feeModeWords(body: { amount?: string; total?: string }, amount: string): string {
  return body.amount !== undefined
    ? `send exactly ${amount}, fee on top`
    : `debit exactly ${amount}, fee deducted`;
}
