// Wire out USD cash: a plain USD wire from a profile's cash to an approved bank account (Create
// Fiat Withdrawal), the fee on top or deducted. Its parts: the request body and fee-mode words
// (fiat-withdrawal-request.ts), the review (fiat-withdrawal-review.ts, built on the redemption's
// wire-instruction facts), the confirmation facts, and the route to Paxos with its answer check
// and its last check before sending. Its transfer is followed by the money-in sync's one List
// Transfers a cycle (desk/incoming/outgoing-wires.ts), not by a cache collection.
import { intentRoute } from '../intent-route';
import type { MoneyPath } from '../money-path';
import { fiatWithdrawalActions } from './fiat-withdrawal-confirmation-facts';
import { fiatWithdrawalRoute } from './fiat-withdrawal-route';

export const fiatWithdrawalPath = {
  name: 'fiat-withdrawal',
  routes: [intentRoute(fiatWithdrawalRoute)],
  actions: fiatWithdrawalActions,
} as const satisfies MoneyPath;
