// The SQL of an orchestration filter, as a SELECT of ords (list positions, see
// orchestration-order.ts) in list order after a keyset position, limited: every index ends in
// ord, so each part of the query reads rows already in order and stops at its limit. A search
// is a UNION of such parts (search words, exact ids, bank accounts, rules and profiles whose names
// match), each limited, so neither the window nor the capped count ever reads every match.
//
// Each part is read from the side that narrows most without touching rows it will discard:
// - one chip (one value of one column) or none: that column's index (or the rows' own order),
//   already in list order;
// - search words, several chips, or a chip with several values: one FTS5 MATCH of the words
//   and the chips' tags (orchestration-tags.ts), whose postings merge in list order: "zurich"
//   + FAILED at 1,000,000 rows no longer reads the 100,000 rows matching "zurich";
// - exact ids (ref_id, a typed id): the id keys, a few rows, checked against the rest;
// - the recent set (in flight, or changed since): two index ranges, unioned (recentOrds).
import type { SQLInputValue } from 'node:sqlite';
import type { CacheTerms } from './cache-terms';
import { slotEnd, slotStart } from '../db/orchestration-order';
import { ORDS_OF_ID_KEY } from './orchestration-id-keys';
import { idKey, searchQuery, type TermExpansion } from './orchestration-row';
import { tagMatch, type TagColumn } from './orchestration-tags';
import type { RecordFilter } from './record-query';
import { kindCondition } from './orchestration-kind-sql';
import { orchestrationStatusMeaning } from '../../../../shared/paxos/status-meanings';

export interface SqlQuery {
  sql: string;
  params: SQLInputValue[];
}

export interface OrdQuery extends SqlQuery {
  /** False when nothing narrows the list (its length is the row count). */
  filtered: boolean;
}

/** One column narrowed to any of some codes (null: the column is NULL). */
interface Group {
  column: TagColumn;
  codes: (number | null)[];
}

/** What a part of the query keeps: all of it (AND). */
interface Narrowing {
  groups: Group[];
  /** Bounds on ord: a date range, a bank account's span, the keyset ('>'). */
  bounds: { op: '>' | '>=' | '<='; value: number }[];
  /** Conditions only the row table answers (alias r): exact ids, the recent set. */
  rowOnly: SqlQuery[];
  /** The recent set's -since (in flight, or -changed_ms at most this). */
  recent?: number;
}

const list = (v: string | readonly string[]) => (typeof v === 'string' ? [v] : [...v]);
const isoMs = (iso: string, fallback: number) => {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : fallback;
};
const keyed = (text: string): SqlQuery => ({
  sql: `r.ord IN ${ORDS_OF_ID_KEY}`,
  params: [idKey(text)],
});
const recentCondition = (since: number): SqlQuery => ({
  sql: '(r.in_flight = 1 OR -r.changed_ms <= ?)', // orch_changed is on -changed_ms
  params: [since],
});

/** What the filter keeps, search aside. */
function narrowing(filter: RecordFilter, terms: CacheTerms): Narrowing {
  const n: Narrowing = { groups: [], bounds: [], rowOnly: [] };
  const group = (column: TagColumn, codes: (number | null)[]) => n.groups.push({ column, codes });
  if (filter.status !== undefined) {
    const wanted = new Set(list(filter.status).map((s) => s.toUpperCase()));
    group(
      'status',
      terms.lookup('status', (v) => wanted.has(v.toUpperCase())),
    );
  }
  if (filter.statusOutcomes !== undefined) {
    const wanted = new Set(filter.statusOutcomes);
    const meaning = (v: string) => orchestrationStatusMeaning(v.toUpperCase()).outcome;
    group(
      'status',
      terms.lookup('status', (v) => wanted.has(meaning(v))),
    );
  }
  // What an orchestration does is read from its record (no column): the row table answers it.
  if (filter.kinds !== undefined) n.rowOnly.push({ sql: kindCondition(filter.kinds), params: [] });
  if (filter.ruleId !== undefined)
    group(
      'rule',
      terms.lookup('rule', (v) => v === filter.ruleId),
    );
  if (filter.adhoc) group('rule', [null]);
  if (filter.profileId !== undefined)
    group(
      'profile',
      terms.lookup('profile', (v) => v === filter.profileId),
    );
  if (filter.assets !== undefined && filter.assets.length > 0) {
    const wanted = new Set(filter.assets.map((a) => a.toUpperCase()));
    group(
      'asset',
      terms.lookup('asset', (v) => wanted.has(v)),
    );
  }
  // Newer is a smaller ord: "created at or after from" is "ord at or before from's last place".
  if (filter.from !== undefined) n.bounds.push({ op: '<=', value: slotEnd(isoMs(filter.from, 0)) });
  if (filter.to !== undefined)
    n.bounds.push({ op: '>=', value: slotStart(isoMs(filter.to, Number.MAX_SAFE_INTEGER)) });
  if (filter.inFlightOrChangedSince !== undefined)
    n.recent = -isoMs(filter.inFlightOrChangedSince, 0);
  // Exact ids go through the key index; the record's own ref_id is checked by the caller.
  if (filter.refId !== undefined) n.rowOnly.push(keyed(filter.refId));
  return n;
}

/** The conditions of `n` on the row table (alias r), joined by AND ('' when none). */
function rowConditions(n: Narrowing): SqlQuery {
  const sql: string[] = [];
  const params: SQLInputValue[] = [];
  for (const { column, codes } of n.groups) {
    const known = codes.filter((c) => c !== null);
    const inList = `r.${column} IN (${known.length === 0 ? 'NULL' : known.join(', ')})`;
    // NULL alone ("started from the app": no rule) is one range of the column's index; with an
    // OR beside it the plan was a walk of every row (896 ms at 1,000,000, bench:history).
    if (codes.includes(null))
      sql.push(known.length === 0 ? `r.${column} IS NULL` : `(r.${column} IS NULL OR ${inList})`);
    else sql.push(inList);
  }
  for (const b of n.bounds) {
    sql.push(`r.ord ${b.op} ?`);
    params.push(b.value);
  }
  const rowOnly = n.recent === undefined ? n.rowOnly : [...n.rowOnly, recentCondition(n.recent)];
  for (const c of rowOnly) {
    sql.push(c.sql);
    params.push(...c.params);
  }
  return { sql: sql.join(' AND '), params };
}
const where = (c: SqlQuery) => (c.sql === '' ? '' : `WHERE ${c.sql}`);
const and = (c: SqlQuery) => (c.sql === '' ? '' : ` AND ${c.sql}`);

/**
 * Columns without an index of their own (see docs/architecture.md): narrowed by their tag.
 * A profile matched by its nickname ("pa" for "Payroll") walked the row table in list order to
 * the 10,001st row of that profile: 30–45 ms at 100,000 rows for a profile on a third of them,
 * every row of the table for a profile on few (its tag's postings: 1 ms).
 */
const UNINDEXED: ReadonlySet<TagColumn> = new Set(['profile']);

/** One column index walked in list order serves one code; anything more is a tag MATCH. */
const needsTags = (groups: readonly Group[]) =>
  groups.length > 1 || groups.some((g) => g.codes.length > 1 || UNINDEXED.has(g.column));

/** Ords of the rows `n` keeps (and `match`, FTS5 words, when given), in list order, limited. */
function part(n: Narrowing, match: string | undefined, limit: number): SqlQuery {
  const byRows = n.rowOnly.length > 0 || n.recent !== undefined;
  if (match === undefined && (byRows || !needsTags(n.groups))) {
    const c = rowConditions(n);
    return {
      sql: `SELECT r.ord AS ord FROM orchestration_rows r ${where(c)} ORDER BY r.ord LIMIT ?`,
      params: [...c.params, limit],
    };
  }
  // The search index is the outer loop, walked in rowid (= list) order from the keyset on.
  const terms = [...(match === undefined ? [] : [`(${match})`])];
  if (!byRows) terms.push(...n.groups.map((g) => tagMatch(g.column, g.codes)));
  const bounds = byRows ? [] : n.bounds;
  // Exact ids or the recent set beside a search (no screen asks for it): rows checked one by one.
  const rows = rowConditions(n);
  const join = byRows ? ` JOIN orchestration_rows r ON r.ord = w.rowid${and(rows)}` : '';
  const joinParams = byRows ? rows.params : [];
  return {
    sql: `SELECT w.rowid AS ord FROM orchestration_words w${join} WHERE w.orchestration_words MATCH ?${bounds
      .map((b) => ` AND w.rowid ${b.op} ?`)
      .join('')} ORDER BY w.rowid LIMIT ?`,
    params: [...joinParams, terms.join(' AND '), ...bounds.map((b) => b.value), limit],
  };
}

/**
 * The recent set: in flight (a partial index, in list order) or changed since (a range of
 * orch_changed), each a range however quiet or busy the day; their union sorted. One OR over
 * both was planned as a walk of every row in list order, stopping only at the 200th recent one:
 * 0.5–1.3 s at 1,000,000 rows on a day without changes. The changed side is not in list order
 * and not limited: it holds what changed in the window asked for (a day), not history. Its
 * ORDER BY and LIMIT -1 keep it a subquery of its own, read along orch_changed: flattened into
 * the UNION, whose merge wants every arm in ord order, it was planned as that same walk.
 */
function recentOrds(n: Narrowing, since: number, limit: number): SqlQuery {
  const rest = rowConditions({ ...n, recent: undefined });
  return {
    sql: `SELECT ord FROM (SELECT r.ord AS ord FROM orchestration_rows r WHERE r.in_flight = 1${and(rest)} ORDER BY r.ord LIMIT ?)
      UNION SELECT ord FROM (SELECT r.ord AS ord FROM orchestration_rows r WHERE -r.changed_ms <= ?${and(rest)} ORDER BY -r.changed_ms LIMIT -1)
      ORDER BY ord LIMIT ?`,
    params: [...rest.params, limit, since, ...rest.params, limit],
  };
}

/**
 * Ords of the rows matching `filter`, in list order, strictly after `after`, at most `limit`.
 * `limit` -1 is no limit.
 */
export function matchingOrds(
  filter: RecordFilter,
  terms: CacheTerms,
  after: number | undefined,
  limit: number,
  expand?: TermExpansion,
): OrdQuery {
  const base = narrowing(filter, terms);
  const filtered = base.groups.length + base.bounds.length + base.rowOnly.length > 0;
  const n: Narrowing = {
    ...base,
    bounds: after === undefined ? base.bounds : [...base.bounds, { op: '>', value: after }],
  };
  if (filter.search === undefined) {
    if (n.recent !== undefined) return { ...recentOrds(n, n.recent, limit), filtered: true };
    return { ...part(n, undefined, limit), filtered };
  }
  const text = filter.search.text.trim();
  const parts: SqlQuery[] = [
    part({ ...n, rowOnly: [...n.rowOnly, keyed(text)] }, undefined, limit),
  ];
  const match = searchQuery(text, expand);
  if (match !== undefined && match !== null) parts.push(part(n, match, limit));
  for (const [column, kind, wanted] of [
    ['bank', 'bank', filter.search.bankAccountIds],
    ['rule', 'rule', filter.search.ruleIds],
    ['profile', 'profile', filter.search.profileIds],
  ] as const) {
    const set = new Set(wanted ?? []);
    if (set.size === 0) continue;
    const codes = terms.lookup(kind, (v) => set.has(v));
    parts.push(part({ ...n, groups: [...n.groups, { column, codes }] }, undefined, limit));
  }
  // A renamed account matches under the label it had when each redemption was created: its id
  // within a creation-time span (from inclusive, before exclusive), a range of ords (newer is smaller).
  for (const span of filter.search.bankAccountSpans ?? []) {
    const codes = terms.lookup('bank', (v) => v === span.id);
    const bounds = [...n.bounds];
    if (span.fromMs !== undefined) bounds.push({ op: '<=', value: slotEnd(span.fromMs) });
    if (span.beforeMs !== undefined) bounds.push({ op: '>=', value: slotStart(span.beforeMs - 1) });
    parts.push(
      part({ ...n, bounds, groups: [...n.groups, { column: 'bank', codes }] }, undefined, limit),
    );
  }
  return {
    sql: `${parts.map((p) => `SELECT ord FROM (${p.sql})`).join(' UNION ')} ORDER BY ord LIMIT ?`,
    params: [...parts.flatMap((p) => p.params), limit],
    filtered: true,
  };
}
