// The workload of the store benchmark, run the same way against the SQLite store (ours) and
// the 0.1.0 journal store (bench/journal-0.1.0, frozen): the Activity filters, searches and the
// scans every sync cycle makes. Record shapes: bench/orchestration-records.ts.
import type { RecordFilter } from '../main/desk/store/cache/record-query';
import type { RecordFilter as JournalFilter } from './journal-0.1.0/record-query';
import { SEARCH_CHAR } from './orchestration-records';

const RULE = '0b7e2f64-3c1a-4d8e-9f20-6a5b4c3d2e1f';
const DAY = 24 * 60 * 60 * 1000;

export interface Query {
  name: string;
  ours: RecordFilter;
  journal: JournalFilter;
}

/** One month of history, ending a week before the newest record. */
const FROM = new Date(Date.UTC(2026, 0, 15) - 37 * DAY).toISOString();
const TO = new Date(Date.UTC(2026, 0, 15) - 7 * DAY).toISOString();

export const queries: Query[] = [
  { name: 'no filter', ours: {}, journal: {} },
  { name: 'status FAILED (5%)', ours: { status: ['FAILED'] }, journal: { status: ['FAILED'] } },
  {
    name: 'asset USDC (25%)',
    ours: { assets: ['USDC'] },
    journal: { where: (s) => s.asset?.toUpperCase() === 'USDC' },
  },
  { name: 'one rule (10%)', ours: { ruleId: RULE }, journal: { ruleId: RULE } },
  {
    name: 'started from the app (80%)',
    ours: { adhoc: true },
    journal: { where: (s) => !s.ruleId },
  },
  {
    name: 'date range (one month)',
    ours: { from: FROM, to: TO },
    journal: { where: (s) => (s.createdAt ?? '') >= FROM && (s.createdAt ?? '') <= TO },
  },
  {
    name: 'search "zurich" (10%)',
    ours: { search: { text: 'zurich' } },
    journal: {
      where: (s, id) =>
        [s.refId, s.memo, s.amount, s.asset, s.status, s.ruleId, id]
          .join(' ')
          .toLowerCase()
          .includes('zurich'),
    },
  },
  {
    // Memos "Zurich office payout <i>" for i % 10 == 3: i starting with 12 is ~0.11% at every size.
    name: 'search "zurich payout 12" (0.1%)',
    ours: { search: { text: 'zurich payout 12' } },
    journal: {
      where: (s, id) =>
        [s.refId, s.memo, s.amount, s.asset, s.status, s.ruleId, id]
          .join(' ')
          .toLowerCase()
          .includes('zurich office payout 12'),
    },
  },
  {
    name: `search "${SEARCH_CHAR}" (1 character)`,
    ours: {}, // not run: the handler asks for 2+ characters (queryActivity searchTooShort)
    journal: {
      where: (s, id) =>
        [s.refId, s.memo, s.amount, s.asset, s.status, s.ruleId, id]
          .join(' ')
          .toLowerCase()
          .includes(SEARCH_CHAR),
    },
  },
];

export const RECENT_SINCE = new Date(Date.UTC(2026, 0, 14)).toISOString();
