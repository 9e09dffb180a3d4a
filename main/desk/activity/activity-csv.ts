// CSV export of the Activity rows the operator filtered. Cells that a spreadsheet would run as
// a formula (=, +, -, @, tab, CR at the start) are neutralised by papaparse's escapeFormulae,
// which prefixes a single quote: an orchestration memo or a nickname can come from anyone.
import Papa from 'papaparse';
import type { OrchestrationView } from '../../../shared/views';

export const activityCsvColumns = [
  ['created_at', (o: OrchestrationView) => o.createdAt],
  ['updated_at', (o: OrchestrationView) => o.updatedAt],
  ['status', (o: OrchestrationView) => o.status],
  ['source_asset', (o: OrchestrationView) => o.sourceAsset],
  ['source_amount', (o: OrchestrationView) => o.sourceAmount],
  ['destination_asset', (o: OrchestrationView) => o.destinationAsset],
  ['bank_account_id', (o: OrchestrationView) => o.fiatAccountId],
  ['memo', (o: OrchestrationView) => o.memo],
  ['rule_id', (o: OrchestrationView) => o.ruleId],
  ['orchestration_id', (o: OrchestrationView) => o.id],
  ['ref_id', (o: OrchestrationView) => o.refId],
  ['fail_reason', (o: OrchestrationView) => o.failReason],
  ['wire_status', (o: OrchestrationView) => o.destinationLeg?.status],
] as const;

export function activityCsv(rows: readonly OrchestrationView[]): string {
  const header = activityCsvColumns.map(([name]) => name);
  const data = rows.map((row) => activityCsvColumns.map(([, pick]) => pick(row) ?? ''));
  // Amounts are validated positive decimals, so they never start with a formula character
  // and stay numbers for the spreadsheet.
  return Papa.unparse({ fields: header, data }, { escapeFormulae: true, newline: '\r\n' });
}
