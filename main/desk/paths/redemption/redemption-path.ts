// The redemption: a stablecoin redeemed at par and wired as USD to an approved bank account.
// Its parts: the request body (redemption-request.ts), the review and its facts
// (redemption-review*.ts), the confirmation facts, the route to Paxos with its answer check and
// its last check before sending (redemption-route.ts, redemption-precheck.ts), and the notice
// wording of its orchestrations' ends: a wire that completed, failed or was rejected, and, since
// every orchestration on the account is followed here, the other kinds by what they do.
import { intentRoute } from '../intent-route';
import type { MoneyPath } from '../money-path';
import { redemptionActions } from './redemption-confirmation-facts';
import { orchestrationNotice } from './orchestration-notice';
import { redemptionRoute } from './redemption-route';

export const redemptionPath = {
  name: 'redemption',
  routes: [intentRoute(redemptionRoute)],
  actions: redemptionActions,
  follows: { collection: 'orchestrations', notice: orchestrationNotice },
} as const satisfies MoneyPath;
