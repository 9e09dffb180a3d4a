// The desk's front door: what the rest of main may use of one environment's engine. Outside
// main/desk/, import from here only (a lint rule says so); inside, files import each other.
//
// Two kinds of things pass through it:
// - the engine itself (`Desk`, opened per environment by the environment manager), with the
//   types its API speaks;
// - the pure rules and read models the operator's services apply to what the desk answers
//   (reviews, request bodies, views, the Activity filter and CSV): no state, no I/O.
export { Desk } from './desk';
export type { DeskOptions } from './desk-options';
export type { ShownLabels } from './desk-labels';
export type { DeskSlices } from './desk-projection';
export type { Timers } from './sync/sync-engine';
export {
  silentNotifier,
  type DeskNotification,
  type Notifier,
  type NotificationTarget,
} from './notify/notifier';
export type { Intent, IntentKind, IntentPayloads, IntentState } from './store/intents/intent';

// Read models: records and intents as the bridge's views, and main's facts about records.
export { intentView } from './views/intent-view';
export { fiatAccountView, orchestrationView, transferView } from './views/to-views';
export { listAsOf } from './views/list-as-of';
export {
  bankAccountFacts,
  lastFour,
  profileName,
  ruleFacts,
  type BankAccountFacts,
} from './views/record-facts';

// Rules: what a request must satisfy before it is queued, and the body it is sent as.
export { unknownBankAccount } from './bank-accounts/fiat-account-reads';
export { checkNewBankAccount } from './bank-accounts/new-account-checks';
export { checkRuleNetwork, ruleBody, type RuleRequest } from './workflows/rule-request';
export {
  prepareRedemption,
  reviewRedemption,
  type Redemption,
  type ReviewContext,
} from './workflows/redemption';

// Activity: the list's filter, labels, totals and CSV.
export { activityCsv } from './activity/activity-csv';
export { searchNames, searchTooShort, toRecordFilter } from './activity/activity-filter';
export { activityLabels } from './activity/activity-labels';
export { summarizeActivity } from './activity/activity-summary';
