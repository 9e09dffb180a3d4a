// The auto-redeem rule: every deposit of a coin on a network is redeemed and wired to an
// approved bank account. Its parts: the request and body (rule-request.ts), the confirmation
// facts, and the routes to Paxos with their answer checks (rule-routes.ts). Its deposits'
// redemptions are orchestrations: the redemption path words their notices; the rule's own status
// changes (approved, rejected at Paxos) are worded by rule-notice.ts.
import { intentRoute } from '../intent-route';
import type { MoneyPath } from '../money-path';
import { ruleActions } from './rule-confirmation-facts';
import { ruleNotice } from './rule-notice';
import { createRuleRoute, deleteRuleRoute } from './rule-routes';

export const rulePath = {
  name: 'rule',
  routes: [intentRoute(createRuleRoute), intentRoute(deleteRuleRoute)],
  actions: ruleActions,
  follows: { collection: 'rules', notice: ruleNotice },
} as const satisfies MoneyPath;
