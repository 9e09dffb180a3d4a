// CSV export of the Activity rows the operator filtered, with the columns a person reconciles a
// bank statement against: the statement facts the detail drawer shows too, in the same order
// and under the same names (shared/movement-details.ts: times, kind, amount with the asset's
// fixed decimals, USD and fee, beneficiary, bank, routing and last 4, memo, ref_id, every Paxos
// id, a rule deposit's hash, status and reason), then the ids and names behind them. Cells that
// a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) are neutralised by
// papaparse's escapeFormulae, which prefixes a single quote: an orchestration memo, a bank
// account label or a nickname can come from anyone.
import Papa from 'papaparse';
import type { Transfer } from '../../../shared/paxos/responses';
import { MOVEMENT_COLUMNS, type MovementDetails } from '../../../shared/movement-details';
import type { OrchestrationView } from '../../../shared/views';
import { noActivityLabels, type ActivityLabels } from './activity-labels';
import { movementDetails } from './movement-details';

type Column = readonly [
  name: string,
  pick: (o: OrchestrationView, d: MovementDetails, labels: ActivityLabels) => string | undefined,
];

export const activityCsvColumns: readonly Column[] = [
  ...MOVEMENT_COLUMNS.map(([key, name]): Column => [name, (_o, d) => d[key]]),
  ['updated_at', (o) => o.updatedAt],
  ['destination_asset', (o) => o.destinationAsset],
  // Named as the account was named when the redemption was created (a later rename does not
  // rewrite a past wire); today's label has its own column when it differs.
  [
    'destination_label_now',
    (o, _d, l) => (o.fiatAccountId ? l.bankAccount(o.fiatAccountId, o.createdAt)?.labelNow : ''),
  ],
  ['source', (o) => (o.ruleId ? 'rule' : 'ad hoc')],
  ['rule_nickname', (o, _d, l) => (o.ruleId ? l.rule(o.ruleId) : undefined)],
  ['wire_status', (o) => o.destinationLeg?.status],
  ['bank_account_id', (o) => o.fiatAccountId],
  ['profile_id', (o) => o.profileId],
  ['rule_id', (o) => o.ruleId],
];

/** One row's cells; `transfers`: its legs read from Paxos (undefined: not read). */
export function activityCsvCells(
  o: OrchestrationView,
  labels: ActivityLabels,
  transfers: ReadonlyMap<string, Transfer> | undefined,
): string[] {
  const details = movementDetails(o, labels, transfers);
  return activityCsvColumns.map(([, pick]) => pick(o, details, labels) ?? '');
}

export function activityCsv(
  rows: readonly OrchestrationView[],
  labels: ActivityLabels = noActivityLabels,
  transfers?: ReadonlyMap<string, Transfer>,
): string {
  const header = activityCsvColumns.map(([name]) => name);
  const data = rows.map((row) => activityCsvCells(row, labels, transfers));
  // Amounts are validated positive decimals, so they never start with a formula character
  // and stay numbers for the spreadsheet.
  return Papa.unparse({ fields: header, data }, { escapeFormulae: true, newline: '\r\n' });
}
