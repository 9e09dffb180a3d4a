// A wire out at Paxos: a Create Fiat Withdrawal under the intent's ref_id, found again by
// ref_id (List Transfers' ref_ids, each hit's own ref_id checked, then a bounded scan of the
// profile's WIRE_WITHDRAWALs), and its answer checked field by field (ref_id, profile, bank
// account, asset, direction, and `amount` or `total` as asked) before it is taken as submitted.
// The transfer stays `submitted` until the sync reads it COMPLETED or FAILED (outgoing-wires.ts).
import { fiatWithdrawalMismatch } from '../../../paxos/fiat-withdrawals';
import { noRecord } from '../answer-mismatch';
import type { Delivered, IntentRoute } from '../money-path';
import { askedUsd } from './fiat-withdrawal-request';
import { precheckFiatWithdrawal } from './fiat-withdrawal-precheck';
import type { Transfer } from '../../../../shared/paxos/responses';

const delivered = (transfer: Transfer): Delivered => ({
  paxosId: transfer.id,
  record: transfer,
  done: false,
});

export const fiatWithdrawalRoute: IntentRoute<'create_fiat_withdrawal'> = {
  kind: 'create_fiat_withdrawal',
  async send(client, intent) {
    const { transfer } = await client.createFiatWithdrawal({
      ...intent.payload,
      ref_id: intent.refId,
    });
    return delivered(transfer);
  },
  async lookup(client, intent) {
    const found = await client.findFiatWithdrawalByRefId(intent.refId, {
      profileId: intent.payload.profile_id,
    });
    return found ? delivered(found) : null;
  },
  checkAnswer(intent, { record }) {
    const asked = { ...intent.payload, ref_id: intent.refId };
    if (!record) return noRecord(asked.ref_id);
    const reason = fiatWithdrawalMismatch(asked, record as Transfer);
    if (!reason) return undefined;
    return {
      field: reason.split(' ').slice(0, -1).join(' '),
      asked: `${asked.amount !== undefined ? 'amount' : 'total'} ${askedUsd(asked)} USD from profile ${asked.profile_id} to bank account ${asked.fiat_account_id} (ref_id ${asked.ref_id})`,
      answered: reason,
    };
  },
  precheck: precheckFiatWithdrawal,
};
