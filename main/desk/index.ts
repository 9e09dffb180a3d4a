// The desk's front door: what the rest of main may use of one environment's engine. Outside
// main/desk/, import from here only (a lint rule says so); inside, files import each other.
//
// Two kinds of things pass through it:
// - the engine itself (`Desk`, opened per environment by the environment manager), with the
//   types its API speaks;
// - the pure rules and read models the operator's services apply to what the desk answers
//   (each money path's review, request body and confirmation facts; views; the Activity filter
//   and CSV): no state, no I/O.
export { Desk } from './desk';
export type { DeskOptions } from './desk-options';
export type { AnchorStore } from './store/anchor/desk-anchor';
export type { AuditKeyStore } from './store/audit/audit-key';
export { writeFaultError, writeFaultOf } from './store/db/write-fault';
export type { ShownLabels } from './desk-labels';
export type { DeskSlices } from './desk-projection';
export type { Timers } from './sync/sync-engine';
export {
  silentNotifier,
  type DeskNotification,
  type Notifier,
  type NotificationTarget,
} from './notify/notifier';
export type {
  Intent,
  IntentKind,
  IntentPayloads,
  IntentState,
  LimitAccepted,
} from './store/intents/intent';

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

// Money paths (paths/registry.ts): per path, what a request must satisfy before it is queued,
// the body it is sent as, and the facts main's confirmation words its decisions from.
export type { PathAction } from './paths/registry';
export type { ConfirmationFacts } from './paths/money-path';
export {
  prepareRedemption,
  reviewRedemption,
  type ReviewContext,
} from './paths/redemption/redemption-review';
export type { Redemption } from './paths/redemption/redemption-request';
export { redemptionConfirmationFacts } from './paths/redemption/redemption-confirmation-facts';
export {
  conversionBody,
  conversionRequestOf,
  type ConversionRequest,
} from './paths/conversion/conversion-request';
export {
  reviewConversion,
  type ConversionReviewContext,
} from './paths/conversion/conversion-review';
export { conversionConfirmationFacts } from './paths/conversion/conversion-confirmation-facts';
export {
  checkRuleNetwork,
  convertHoldBody,
  checkCryptoHold,
  cryptoHoldBody,
  isCryptoHold,
  ruleBody,
  type ConvertHoldRequest,
  type CryptoHoldRequest,
  type RuleRequest,
} from './paths/rule/rule-request';
export {
  FiatWithdrawalInput,
  fiatWithdrawalBody,
  type FiatWithdrawal,
} from './paths/fiat-withdrawal/fiat-withdrawal-request';
export {
  reviewFiatWithdrawal,
  type FiatWithdrawalReview,
  type FiatWithdrawalReviewContext,
} from './paths/fiat-withdrawal/fiat-withdrawal-review';
export { fiatWithdrawalConfirmationFacts } from './paths/fiat-withdrawal/fiat-withdrawal-confirmation-facts';
export {
  createRuleConfirmationFacts,
  deleteRuleConfirmationFacts,
} from './paths/rule/rule-confirmation-facts';
export {
  convertHoldConfirmationFacts,
  cryptoHoldConfirmationFacts,
} from './paths/rule/convert-hold-confirmation-facts';
export { unknownBankAccount } from './bank-accounts/fiat-account-reads';
export { checkNewBankAccount } from './paths/bank-account/new-account-checks';
export {
  createBankAccountConfirmationFacts,
  deleteBankAccountConfirmationFacts,
  updateBankAccountConfirmationFacts,
} from './paths/bank-account/bank-account-confirmation-facts';

// Activity: the list's filter, labels, totals and CSV.
export { activityCsv } from './activity/activity-csv';
export { activityCsvHeader, activityCsvPage } from './activity/activity-csv-pages';
export { searchNames, searchTooShort, toRecordFilter } from './activity/activity-filter';
export { activityLabels } from './activity/activity-labels';
export { legIds, movementDetails, transfersById } from './activity/movement-details';
// Monthly statements: anchored on Paxos's balance, walked back through the desk's history.
export { LOOKBACK_DAYS, monthBounds, monthlyStatement } from './statements/monthly-statement';
export { statementCsv } from './statements/statement-csv';
export { summarizeActivity } from './activity/activity-summary';

// Money in: wire instructions as shown and printed.
export { wireInstructionsView } from './incoming/instructions-view';
