// Every Activity window the operator can ask for, in both stores: the first 100 rows and the
// capped count (what queryActivity answers). Ours: the Desk's `records.window` with the filter
// the operator's handler builds (toRecordFilter + the search names); anchor: its keyset window.
import { toRecordFilter } from '../main/desk/activity/activity-filter';
import type { Desk } from '../main/desk/desk';
import type { ActivityFilter } from '../shared/operation-inputs';
import type { AnchorFilter, AnchorStore } from './anchor-store';
import { deepWindows } from './history-deep-windows';
import { BANKS, END_MS, NAMES, RULE } from './history-records';

/** The rule of odd-numbered records, where the "Payroll" memos are. */
const RULE_B = NAMES.rules[1]!.id;
import { atMost, medianMs, type HGroup, type HRow } from './history-report';
import { fmtCount } from './stats';

const DAY = 24 * 60 * 60 * 1000;
const FROM = new Date(END_MS - 37 * DAY).toISOString();
const TO = new Date(END_MS - 7 * DAY).toISOString();

interface Window {
  name: string;
  filter: ActivityFilter;
  anchor: AnchorFilter;
}

/** What users type and click. "reserve" names a bank account (its label), not a memo word. */
export const WINDOWS: Window[] = [
  { name: 'no filter (the list as it opens)', filter: {}, anchor: {} },
  { name: 'search "zurich"', filter: { text: 'zurich' }, anchor: { text: 'zurich' } },
  { name: 'search "payroll"', filter: { text: 'payroll' }, anchor: { text: 'payroll' } },
  {
    name: 'search "zurich" + chip FAILED',
    filter: { text: 'zurich', statuses: ['FAILED'] },
    anchor: { text: 'zurich', statuses: ['FAILED'] },
  },
  {
    name: 'search "payroll" + rule',
    filter: { text: 'payroll', ruleId: RULE_B },
    anchor: { text: 'payroll', ruleId: RULE_B },
  },
  {
    name: 'chip FAILED + chip USDC',
    filter: { statuses: ['FAILED'], assets: ['USDC'] },
    anchor: { statuses: ['FAILED'], assets: ['USDC'] },
  },
  { name: 'rule', filter: { ruleId: RULE }, anchor: { ruleId: RULE } },
  { name: 'started from the app (no rule)', filter: { ruleId: 'adhoc' }, anchor: { adhoc: true } },
  {
    name: 'bank account (search "reserve": its label)',
    filter: { text: 'reserve' },
    anchor: { text: 'reserve', bankIds: [BANKS[3]] },
  },
  {
    name: 'date range (one month)',
    filter: { from: FROM, to: TO },
    anchor: { from: FROM, to: TO },
  },
];

const shown = (total: number, capped: boolean | undefined) =>
  `${fmtCount(total)}${capped ? '+' : ''}`;

export async function activityWindows(
  desk: Desk,
  anchor: AnchorStore,
  size: number,
  reps: number,
): Promise<HGroup> {
  const rows: HRow[] = [];
  const target = atMost(50, 1_000_000, true);
  const records = desk.records;
  for (const w of WINDOWS) {
    const filter = toRecordFilter(w.filter, NAMES);
    const ours = await medianMs(reps, () => records.window('orchestrations', filter, 0, 100));
    const theirs = await medianMs(reps, () => anchor.window(w.anchor, 100));
    const o = await records.window('orchestrations', filter, 0, 100);
    const a = anchor.window(w.anchor, 100);
    rows.push({
      measure: `Window of 100 + count: ${w.name}`,
      detail: `ours ${shown(o.total, o.totalCapped)} rows, anchor ${shown(a.total, a.capped)}`,
      size,
      ours,
      anchor: theirs,
      target,
    });
  }
  rows.push(...(await deepWindows(desk, anchor, size, reps)));
  const failedDeep = Math.floor(o5(size));
  const fFilter = toRecordFilter({ statuses: ['FAILED'] }, NAMES);
  const fOurs = await medianMs(reps, () =>
    records.window('orchestrations', fFilter, failedDeep, 100),
  );
  const fCursor = anchor.window({ statuses: ['FAILED'] }, Math.max(1, failedDeep)).next;
  const fTheirs = await medianMs(reps, () => anchor.window({ statuses: ['FAILED'] }, 100, fCursor));
  rows.push({
    measure: `Deep filtered window: FAILED, 100 rows at offset ${fmtCount(failedDeep)}`,
    size,
    ours: fOurs,
    anchor: fTheirs,
    target,
  });
  return {
    title: 'Activity windows, searches and combinations',
    rows,
    notes: [
      'Each row: the first 100 rows (records parsed) and the count capped at 10,000 ("10,000+"), median of several runs, warm page cache. Ours: `desk.records.window(...)` with the filter the operator handler builds (`toRecordFilter` with the accounts\' labels and rules\' nicknames). Anchor: `AnchorStore.window` (bench/anchor-store.ts). Row counts of both are shown to prove they answer the same question.',
      'Searches: every typed word a prefix. "reserve" matches no memo, only the label of one of the four bank accounts, so it is the bank account filter as an operator reaches it (ours: the account\'s id; anchor: FTS5 OR bank_id IN).',
      'Deep windows: the anchor pages by keyset, so it is given the cursor of the row before (found untimed), as if it had scrolled there. Ours is measured as the app asks: scrolled there, the list asks for the rows after the page above it (its endCursor, found untimed, as the list holds it); jumped there (the scrollbar dragged), by offset, from the keyset anchors of the filter, built by the first jump after a write (its cost is the "first jump" row, beside the anchor\'s one way to jump: OFFSET). The FAILED row is a jump by offset.',
    ],
  };
}

/** A deep place in the FAILED list (5% of the rows): half-way down it. */
const o5 = (size: number) => Math.max(0, Math.floor((size * 0.05) / 2) - 100);
