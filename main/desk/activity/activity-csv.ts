// CSV export of the Activity rows the operator filtered, with the columns a person reconciles a
// bank statement against: USD amount, destination label and last 4, profile name, rule
// nickname, and every Paxos id. Cells that a spreadsheet would run as a formula (=, +, -, @, tab,
// CR at the start) are neutralised by papaparse's escapeFormulae, which prefixes a single quote:
// an orchestration memo, a bank account label or a nickname can come from anyone.
import Papa from 'papaparse';
import type { OrchestrationView } from '../../../shared/views';
import { noActivityLabels, type ActivityLabels } from './activity-labels';

type Column = readonly [
  name: string,
  pick: (o: OrchestrationView, labels: ActivityLabels) => string | undefined,
];

// Named as the account was named when the redemption was created (a later rename does not
// rewrite a past wire); today's label has its own column when it differs.
const destination = (o: OrchestrationView, labels: ActivityLabels) =>
  o.fiatAccountId ? labels.bankAccount(o.fiatAccountId, o.createdAt) : undefined;

export const activityCsvColumns: readonly Column[] = [
  ['created_at', (o) => o.createdAt],
  ['updated_at', (o) => o.updatedAt],
  // What it did ("Conversion", "Redemption to a bank"): not every orchestration is a wire.
  ['kind', (o) => o.kindLabel],
  ['status', (o) => o.status],
  ['source_asset', (o) => o.sourceAsset],
  ['source_amount', (o) => o.sourceAmount],
  ['destination_asset', (o) => o.destinationAsset],
  ['usd_amount', (o) => o.usdReceived],
  ['destination_label', (o, l) => destination(o, l)?.label],
  ['destination_last4', (o, l) => destination(o, l)?.last4],
  ['destination_label_now', (o, l) => destination(o, l)?.labelNow],
  ['profile_name', (o, l) => (o.profileId ? l.profile(o.profileId) : undefined)],
  ['source', (o) => (o.ruleId ? 'rule' : 'ad hoc')],
  ['rule_nickname', (o, l) => (o.ruleId ? l.rule(o.ruleId) : undefined)],
  ['memo', (o) => o.memo],
  ['fail_reason', (o) => o.failReason],
  ['wire_status', (o) => o.destinationLeg?.status],
  ['orchestration_id', (o) => o.id],
  ['ref_id', (o) => o.refId],
  ['source_transfer_id', (o) => o.sourceLeg?.transferId],
  ['destination_transfer_id', (o) => o.destinationLeg?.transferId],
  ['bank_account_id', (o) => o.fiatAccountId],
  ['profile_id', (o) => o.profileId],
  ['rule_id', (o) => o.ruleId],
];

export function activityCsv(
  rows: readonly OrchestrationView[],
  labels: ActivityLabels = noActivityLabels,
): string {
  const header = activityCsvColumns.map(([name]) => name);
  const data = rows.map((row) => activityCsvColumns.map(([, pick]) => pick(row, labels) ?? ''));
  // Amounts are validated positive decimals, so they never start with a formula character
  // and stay numbers for the spreadsheet.
  return Papa.unparse({ fields: header, data }, { escapeFormulae: true, newline: '\r\n' });
}
