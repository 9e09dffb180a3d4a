// The conversion between profiles: an asset in a profile becomes another asset in the same or
// another profile, inside Paxos (a mint is USD → a stablecoin; issue 26's stablecoin conversions
// and redemptions into USD cash are the same path). Its parts: the request and body
// (conversion-request.ts), the review and confirmation facts, the route to Paxos with its answer
// check, its last check before sending and its credited-amount check on completion
// (conversion-route.ts). Its orchestrations' notices are the redemption path's (every
// orchestration on the account is followed there, worded by what it does: "Mint from USD").
import { intentRoute } from '../intent-route';
import type { MoneyPath } from '../money-path';
import { conversionActions } from './conversion-confirmation-facts';
import { conversionRoute } from './conversion-route';

export const conversionPath = {
  name: 'conversion',
  routes: [intentRoute(conversionRoute)],
  actions: conversionActions,
} as const satisfies MoneyPath;
