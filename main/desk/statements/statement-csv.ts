// A monthly statement as CSV: one line per fact, per asset, so a spreadsheet can filter by
// `line` and sum `amount`: the opening balance, each movement with the balance after it, the
// totals, the closing balance, then the reconciliation with Paxos (its balance, the movements
// after the month, the desk's earlier reading, the difference). Every line names the
// environment, the profile and the month; formula-looking cells are neutralised (papaparse).
import Papa from 'papaparse';
import type { StatementView } from '../../../shared/statement';

export const STATEMENT_CSV_FIELDS = [
  'environment',
  'profile',
  'profile_id',
  'month',
  'asset',
  'line',
  'at',
  'what',
  'detail',
  'status',
  'amount',
  'balance_after',
  'orchestration_id',
  'ref_id',
] as const;

/**
 * papaparse's formula characters (= + - @ tab CR at the start), except a plain negative amount
 * ("-40000.000000"), which must stay a number for the spreadsheet to sum.
 */
export const FORMULA_START = /^(?!-\d+(?:\.\d+)?$)[=+\-@\t\r]/;

type Line = Partial<Record<(typeof STATEMENT_CSV_FIELDS)[number], string>>;

export function statementCsv(s: StatementView): string {
  const lines: Line[] = [];
  for (const a of s.assets) {
    const line = (l: Line) =>
      lines.push({
        environment: s.environmentLabel,
        profile: s.profileName,
        profile_id: s.profileId,
        month: s.month,
        asset: a.asset,
        ...l,
      });
    line({ line: 'opening', at: s.periodStart, amount: a.opening, balance_after: a.opening });
    for (const m of a.movements)
      line({
        line: 'movement',
        at: m.at,
        what: m.what,
        detail: m.detail,
        status: m.status,
        amount: m.amount,
        balance_after: m.balanceAfter,
        orchestration_id: m.orchestrationId,
        ref_id: m.refId,
      });
    line({ line: 'credits', amount: a.credits });
    line({ line: 'debits', amount: a.debits });
    line({ line: 'fees', amount: a.fees });
    line({ line: 'closing', at: s.periodEnd, amount: a.closing, balance_after: a.closing });
    line({
      line: 'paxos_balance',
      at: s.balancesAsOf,
      amount: a.paxosBalance,
      what: s.balancesFrom,
    });
    line({ line: 'movements_after_month', amount: a.afterPeriod });
    const r = a.reconciliation;
    line({ line: 'earlier_reading', at: r.earlierAt, amount: r.earlierReading });
    line({ line: 'expected_balance', amount: r.expected });
    line({ line: 'difference', amount: r.difference, what: r.verdict });
  }
  const data = lines.map((l) => STATEMENT_CSV_FIELDS.map((f) => l[f] ?? ''));
  return Papa.unparse(
    { fields: [...STATEMENT_CSV_FIELDS], data },
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
}
