// The Activity totals of a filter as ONE SQL aggregate over the newest `maxRows` rows it keeps
// (the same ords the list reads, orchestration-query.ts), grouped by status, asset and local
// day: a count and the amount summed exactly. The amount is a decimal string inside the
// record; SQLite would sum it as a float, so each row's amount is cut, in SQL, into four
// integer limbs of 9 digits (whole part up to 10^18, 18 decimals; the finest asset Paxos
// lists has 18) and the limbs are summed as integers: below 10^9 each, no sum of a capped set
// can overflow. An amount outside that shape (more digits, a sign, not a decimal) is handed
// back as written, for decimal.js at the edge. The local day is the creation time (read from
// the ord, orchestration-order.ts) plus the operator's UTC offset in force then (the caller's
// spans, so SQLite's own idea of the time zone is never used); a row whose ord does not say
// its creation time (undated, an overflowed millisecond) hands back its created_at instead.
import type { SQLInputValue } from 'node:sqlite';
import type { DeskDatabase } from '../db/desk-database';
import { ORDER_EPOCH_MS, ORDER_SLOT, slotEnd, slotStart } from '../db/orchestration-order';
import type { OrdQuery } from './orchestration-query';

/** From `fromMs` on (until the next span), local time is UTC + `offsetMs`. */
export interface OffsetSpan {
  fromMs: number;
  offsetMs: number;
}

/** One group of the aggregate: status and asset as stored, limb sums, what SQL left to JS. */
export interface TotalsGroup {
  status: string;
  asset: string;
  /** Local day number (days since 1970-01-01 in local time), or a created_at to read, or null. */
  day: number | string | null;
  count: number;
  /** Rows whose amount was summed in the limbs below. */
  summed: number;
  /** Sums of the limbs: amount = e9·10^9 + e0 + f9·10^-9 + f18·10^-18. */
  e9: number;
  e0: number;
  f9: number;
  f18: number;
  /** JSON array: amounts SQL did not sum (as written; may not be decimals at all). */
  others: string;
  /** Newest fetch time stored as epoch ms (a number), and a JSON array of those stored as text. */
  fetchedMs: number | null;
  fetchedTexts: string;
  lastOrd: number;
}

const DAY_MS = 86_400_000;
/** Creation times the ord says exactly: after the clamped far future, before 1970-01-03. */
const DATED_MIN_ORD = slotEnd(ORDER_EPOCH_MS + 2 ** 40) + 1;
const DATED_MAX_ORD = slotStart(2 * DAY_MS) + ORDER_SLOT - 1;
const ZEROS = "'000000000000000000'";

/** created_ms from a dated ord (ord = (EPOCH - ms) · SLOT + tie; floor division). */
const CREATED_MS = `(${ORDER_EPOCH_MS} - (CASE WHEN r.ord >= 0 THEN r.ord / ${ORDER_SLOT} ELSE (r.ord - ${ORDER_SLOT - 1}) / ${ORDER_SLOT} END))`;

/** The offset in force at `ms` (an SQL expression), newest span first: most rows are recent. */
function offsetAt(ms: string, spans: readonly OffsetSpan[]): string {
  const sorted = [...spans].sort((a, b) => b.fromMs - a.fromMs);
  const last = sorted.pop();
  if (!last) return '0';
  const t = (n: number) => String(Math.trunc(n));
  const whens = sorted.map((s) => `WHEN ${ms} >= ${t(s.fromMs)} THEN ${t(s.offsetMs)}`);
  return whens.length === 0
    ? t(last.offsetMs)
    : `(CASE ${whens.join(' ')} ELSE ${t(last.offsetMs)} END)`;
}

/** A group as SQL returns it: status and asset as their codes (cache_terms). */
export type TotalsRow = Omit<TotalsGroup, 'status' | 'asset'> & { status: number; asset: number };

/** The aggregate's SQL over the rows of `ords` (an ord query, limited). */
export function totalsSql(
  ords: OrdQuery,
  spans: readonly OffsetSpan[],
  refId?: string,
): {
  sql: string;
  params: SQLInputValue[];
} {
  // The amount is ok for the limbs when it is digits, at most one '.', not at either end, with
  // at most 18 digits each side.
  const ok = `(typeof(s) = 'text' AND s GLOB '[0-9]*' AND NOT s GLOB '*[^0-9.]*' AND NOT s GLOB '*.*.*' AND NOT s GLOB '*.'
    AND iif(p = 0, length(s), p - 1) <= 18 AND iif(p = 0, 0, length(s) - p) <= 18)`;
  // Two MATERIALIZED stages: flattened into one SELECT, every use of `s` re-ran json_extract on
  // the record (dozens per row: 1.3 s for 10,000 rows); materialized, each row's amount is read
  // once (picked) and cut once (cut), into small temporary tables.
  // The rows are read from orch_totals alone (migration 10), never from the row table: a
  // search's rows are scattered, one table page each. Only what the index does not hold reads
  // the record, by ord, for the few rows that need it: an amount SQLite could not index (the
  // record too deep for its JSON reader: an error, as before), an undated row's created_at, a
  // ref_id to check. INDEXED BY: the planner, costing a lookup by ord alike either way, picks
  // the table (bench:history, 100,000 rows: 175 ms that way, 10 ms this way).
  const record = (expr: string) => `(SELECT ${expr} FROM orchestration_rows x WHERE x.ord = r.ord)`;
  const sql = `WITH picked AS MATERIALIZED (
      SELECT r.ord AS ord, r.status AS status, r.asset AS asset, r.fetched AS fetched,
        coalesce(r.amount, ${record("json_extract(x.record, '$.source_amount')")}) AS s,
        CASE WHEN r.ord BETWEEN ${DATED_MIN_ORD} AND ${DATED_MAX_ORD}
          THEN (${CREATED_MS} + ${offsetAt(CREATED_MS, spans)}) / ${DAY_MS}
          ELSE ${record("iif(json_type(x.record, '$.created_at') = 'text', json_extract(x.record, '$.created_at'), NULL)")} END AS day
      FROM orchestration_rows r INDEXED BY orch_totals
      WHERE r.ord IN (SELECT ord FROM (${ords.sql}))${refId === undefined ? '' : ` AND ${record("json_extract(x.record, '$.ref_id')")} = ?`}),
    cut AS MATERIALIZED (
      SELECT ord, status, asset, fetched, day, s, ${ok} AS ok,
        substr(${ZEROS} || iif(p = 0, s, substr(s, 1, p - 1)), -18) AS pw,
        substr(iif(p = 0, '', substr(s, p + 1)) || ${ZEROS}, 1, 18) AS pf
      FROM (SELECT *, instr(s, '.') AS p FROM picked))
    SELECT status, asset, day, count(*) AS count, sum(ok) AS summed,
      sum(iif(ok, CAST(substr(pw, 1, 9) AS INTEGER), 0)) AS e9,
      sum(iif(ok, CAST(substr(pw, 10, 9) AS INTEGER), 0)) AS e0,
      sum(iif(ok, CAST(substr(pf, 1, 9) AS INTEGER), 0)) AS f9,
      sum(iif(ok, CAST(substr(pf, 10, 9) AS INTEGER), 0)) AS f18,
      json_group_array(s) FILTER (WHERE NOT ok AND s IS NOT NULL) AS others,
      max(fetched) FILTER (WHERE typeof(fetched) IN ('integer', 'real')) AS fetchedMs,
      json_group_array(fetched) FILTER (WHERE typeof(fetched) = 'text') AS fetchedTexts,
      max(ord) AS lastOrd
    FROM cut GROUP BY status, asset, day`;
  return { sql, params: [...ords.params, ...(refId === undefined ? [] : [refId])] };
}

/** The dated creation times the table holds (for the offset spans), or undefined when none. */
export function datedRange(db: DeskDatabase): { fromMs: number; toMs: number } | undefined {
  const newest = db.get<{ ord: number }>(
    'SELECT ord FROM orchestration_rows WHERE ord >= ? ORDER BY ord LIMIT 1',
    DATED_MIN_ORD,
  );
  const oldest = db.get<{ ord: number }>(
    'SELECT ord FROM orchestration_rows WHERE ord <= ? ORDER BY ord DESC LIMIT 1',
    DATED_MAX_ORD,
  );
  if (!newest || !oldest || newest.ord > DATED_MAX_ORD) return undefined;
  const ms = (ord: number) => ORDER_EPOCH_MS - Math.floor(ord / ORDER_SLOT);
  return { fromMs: ms(oldest.ord), toMs: ms(newest.ord) };
}
