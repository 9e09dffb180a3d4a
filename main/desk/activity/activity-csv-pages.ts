// The Activity CSV a page at a time, for an export streamed to its file: the header with its
// line break, then each page's lines, a later page led by the line break after the one before.
// Joined, the pieces are exactly activityCsv() of all the rows (same columns, same quoting, same
// formula neutralising), without ever holding the whole file as one string.
import Papa from 'papaparse';
import type { OrchestrationView } from '../../../shared/views';
import type { Transfer } from '../../../shared/paxos/responses';
import { activityCsvCells, activityCsvColumns } from './activity-csv';
import { noActivityLabels, type ActivityLabels } from './activity-labels';

const UNPARSE = { escapeFormulae: true, newline: '\r\n' } as const;

/** papaparse ends the header with a line break even when no row follows; so does this. */
export function activityCsvHeader(): string {
  return Papa.unparse([activityCsvColumns.map(([name]) => name)], UNPARSE) + UNPARSE.newline;
}

/**
 * A page of rows (empty for none); `first` is false for every page after the first;
 * `transfers`: the page's legs read from Paxos (undefined: not read).
 */
export function activityCsvPage(
  rows: readonly OrchestrationView[],
  labels: ActivityLabels = noActivityLabels,
  first = true,
  transfers?: ReadonlyMap<string, Transfer>,
): string {
  if (rows.length === 0) return '';
  const data = rows.map((row) => activityCsvCells(row, labels, transfers));
  return (first ? '' : UNPARSE.newline) + Papa.unparse(data, UNPARSE);
}
