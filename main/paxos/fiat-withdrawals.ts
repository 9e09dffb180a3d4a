// Money out from USD cash: Create Fiat Withdrawal, and finding one again by its ref_id.
// The POST moves money: it is sent once per call (idempotent: false), never retried blindly; a
// 409 for our ref_id is the withdrawal made earlier (from meta.existing, else found by ref_id),
// and one that differs from what was asked is a collision, never success. The lookup asks List
// Transfers with `ref_ids` but trusts no hit whose own ref_id differs (a server may ignore the
// filter), then pages the account's WIRE_WITHDRAWALs, newest first, over a bounded window. The
// scan names no profile: the 2026-07 document says `profile_ids` (like `ref_ids`) "can be
// combined with created_at.* or updated_at.* filtering options only", so pairing it with `type`
// is a query a Paxos that enforces it refuses, and a lookup that can never conclude.
import { amountsEqual } from '../../shared/money';
import {
  CreateFiatWithdrawalInputSchema,
  type CreateFiatWithdrawalInput,
} from '../../shared/paxos/fiat-withdrawal';
import { TransferSchema, type Transfer } from '../../shared/paxos/responses';
import { depositInstructionsApi } from './deposit-instructions';
import { createIdempotently, tryParse } from './idempotent-create';
import { validateInput } from './input';
import { parseAs } from './parse';
import { findByRefId, LOOKUP_PAGE_SIZE } from './ref-lookup';
import type { ApiExecutor } from './request-executor';

export interface CreatedFiatWithdrawal {
  transfer: Transfer;
  alreadyExisted: boolean;
}

export function fiatWithdrawalsApi(execute: ApiExecutor) {
  const { listTransfers } = depositInstructionsApi(execute);
  const read = (body: unknown) => parseAs(TransferSchema, body, 'fiat withdrawal');

  /**
   * The withdrawal made with `refId`, or null once both searches (filter, bounded scan) found
   * none. `_scope` (the profile it left from) is not sent: see the top of this file.
   */
  async function findFiatWithdrawalByRefId(
    refId: string,
    _scope: { profileId?: string } = {},
  ): Promise<Transfer | null> {
    const found = await findByRefId<Transfer>({
      refId,
      what: 'wire out',
      refIdOf: (t) => t.ref_id,
      filtered: async () => (await listTransfers({ ref_ids: [refId], limit: 10 })).items,
      scanPage: (cursor) =>
        listTransfers(
          { type: ['WIRE_WITHDRAWAL'], limit: LOOKUP_PAGE_SIZE, order: 'DESC' },
          cursor,
        ),
    });
    return found ?? null;
  }

  return {
    findFiatWithdrawalByRefId,

    /** Sends the withdrawal once under the caller's (already stored) ref_id. */
    async createFiatWithdrawal(input: CreateFiatWithdrawalInput): Promise<CreatedFiatWithdrawal> {
      const body = validateInput(CreateFiatWithdrawalInputSchema, input, 'wire out');
      const created = await createIdempotently<Transfer>({
        what: 'wire out',
        refId: body.ref_id,
        send: async () =>
          read(
            (await execute({ operation: 'createFiatWithdrawal', body, idempotent: false })).body,
          ),
        readExisting: (existing) => tryParse(read, existing),
        lookup: async () =>
          (await findFiatWithdrawalByRefId(body.ref_id, { profileId: body.profile_id })) ??
          undefined,
        mismatch: (existing) => fiatWithdrawalMismatch(body, existing),
      });
      return { transfer: created.record, alreadyExisted: created.alreadyExisted };
    },
  };
}

/**
 * What differs between the withdrawal asked for and a transfer Paxos answered with: ref_id,
 * profile, bank account, asset, and the amount in its fee mode (`amount` asked: the transfer's
 * amount; `total` asked: the transfer's total). A field Paxos left out is a difference too: an
 * answer that cannot be checked is not taken as done.
 */
export function fiatWithdrawalMismatch(
  body: CreateFiatWithdrawalInput,
  t: Transfer,
): string | undefined {
  if (t.ref_id !== body.ref_id) return `ref_id ${t.ref_id ?? '(none)'}`;
  if (t.profile_id !== body.profile_id) return `profile ${t.profile_id ?? '(none)'}`;
  if (t.fiat_account_id !== body.fiat_account_id)
    return `bank account ${t.fiat_account_id ?? '(none)'}`;
  if (t.asset !== undefined && t.asset !== body.asset) return `asset ${t.asset}`;
  if (t.direction !== undefined && t.direction.toUpperCase() !== 'DEBIT')
    return `direction ${t.direction}`;
  if (body.amount !== undefined && !(t.amount && amountsEqual(t.amount, body.amount)))
    return `amount ${t.amount ?? '(none)'}`;
  if (body.total !== undefined && !(t.total && amountsEqual(t.total, body.total)))
    return `total ${t.total ?? '(none)'}`;
  return undefined;
}
