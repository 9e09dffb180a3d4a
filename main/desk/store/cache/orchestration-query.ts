// The SQL of an orchestration filter, as a SELECT of ords (list positions, see
// orchestration-order.ts) in list order after a keyset position, limited: every index ends in
// ord, so each part of the query reads rows already in order and stops at its limit. A search
// is a UNION of such parts (search words, exact ids, bank accounts and rules whose names
// match), each limited, so neither the window nor the capped count ever reads every match.
import type { SQLInputValue } from 'node:sqlite';
import type { CacheTerms } from './cache-terms';
import { slotEnd, slotStart } from '../db/orchestration-order';
import { ORDS_OF_ID_KEY } from './orchestration-id-keys';
import { idKey, searchQuery, type TermExpansion } from './orchestration-row';
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

const inList = (codes: readonly number[]) =>
  codes.length === 0 ? 'IN (NULL)' : `IN (${codes.join(', ')})`;
const list = (v: string | readonly string[]) => (typeof v === 'string' ? [v] : [...v]);
const isoMs = (iso: string, fallback: number) => {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : fallback;
};
const where = (conditions: readonly string[]) =>
  conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';

/** The conditions on the row itself (alias r), search excluded. */
function rowConditions(
  filter: RecordFilter,
  terms: CacheTerms,
): { conditions: string[]; params: SQLInputValue[] } {
  const conditions: string[] = [];
  const params: SQLInputValue[] = [];
  const add = (sql: string, ...values: SQLInputValue[]) => {
    conditions.push(sql);
    params.push(...values);
  };
  if (filter.status !== undefined) {
    const wanted = new Set(list(filter.status).map((s) => s.toUpperCase()));
    add(`r.status ${inList(terms.lookup('status', (v) => wanted.has(v.toUpperCase())))}`);
  }
  if (filter.statusOutcomes !== undefined) {
    const wanted = new Set(filter.statusOutcomes);
    const meaning = (v: string) => orchestrationStatusMeaning(v.toUpperCase()).outcome;
    add(`r.status ${inList(terms.lookup('status', (v) => wanted.has(meaning(v))))}`);
  }
  if (filter.kinds !== undefined) add(kindCondition(filter.kinds));
  if (filter.ruleId !== undefined)
    add(`r.rule ${inList(terms.lookup('rule', (v) => v === filter.ruleId))}`);
  if (filter.adhoc) add('r.rule IS NULL');
  if (filter.profileId !== undefined)
    add(`r.profile ${inList(terms.lookup('profile', (v) => v === filter.profileId))}`);
  if (filter.assets !== undefined && filter.assets.length > 0) {
    const wanted = new Set(filter.assets.map((a) => a.toUpperCase()));
    add(`r.asset ${inList(terms.lookup('asset', (v) => wanted.has(v)))}`);
  }
  // Newer is a smaller ord: "created at or after from" is "ord at or before from's last place".
  if (filter.from !== undefined) add('r.ord <= ?', slotEnd(isoMs(filter.from, 0)));
  if (filter.to !== undefined)
    add('r.ord >= ?', slotStart(isoMs(filter.to, Number.MAX_SAFE_INTEGER)));
  if (filter.inFlightOrChangedSince !== undefined)
    add('(r.in_flight = 1 OR -r.changed_ms <= ?)', -isoMs(filter.inFlightOrChangedSince, 0)); // orch_changed is on -changed_ms
  // Exact ids go through the key index; the record's own ref_id is checked by the caller.
  if (filter.refId !== undefined) add(`r.ord IN ${ORDS_OF_ID_KEY}`, idKey(filter.refId));
  return { params, conditions };
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
  const base = rowConditions(filter, terms);
  const keyset = after === undefined ? [] : ['r.ord > ?'];
  const keysetParams = after === undefined ? [] : [after];
  const rowsWhere = (extra: string[], extraParams: SQLInputValue[]): SqlQuery => ({
    sql: where([...extra, ...base.conditions, ...keyset]),
    params: [...extraParams, ...base.params, ...keysetParams],
  });
  if (filter.search === undefined) {
    const w = rowsWhere([], []);
    return {
      sql: `SELECT r.ord AS ord FROM orchestration_rows r ${w.sql} ORDER BY r.ord LIMIT ?`,
      params: [...w.params, limit],
      filtered: base.conditions.length > 0,
    };
  }
  const text = filter.search.text.trim();
  const parts: SqlQuery[] = [];
  const ids = rowsWhere([`r.ord IN ${ORDS_OF_ID_KEY}`], [idKey(text)]);
  parts.push({
    sql: `SELECT r.ord AS ord FROM orchestration_rows r ${ids.sql}`,
    params: ids.params,
  });
  const match = searchQuery(text, expand);
  if (match !== undefined && match !== null) {
    // The search index is the outer loop, walked in rowid (= list) order from the keyset on.
    // Without row conditions the row table is not read at all.
    const from = after === undefined ? '' : ' AND w.rowid > ?';
    const join =
      base.conditions.length === 0
        ? ''
        : ` JOIN orchestration_rows r ON r.ord = w.rowid AND ${base.conditions.join(' AND ')}`;
    parts.push({
      sql: `SELECT w.rowid AS ord FROM orchestration_words w${join} WHERE w.orchestration_words MATCH ?${from} ORDER BY w.rowid LIMIT ?`,
      params: [...base.params, match, ...keysetParams, limit],
    });
  }
  for (const [column, kind, wanted] of [
    ['bank', 'bank', filter.search.bankAccountIds],
    ['rule', 'rule', filter.search.ruleIds],
  ] as const) {
    const set = new Set(wanted ?? []);
    if (set.size === 0) continue;
    const w = rowsWhere([`r.${column} ${inList(terms.lookup(kind, (v) => set.has(v)))}`], []);
    parts.push({
      sql: `SELECT r.ord AS ord FROM orchestration_rows r ${w.sql} ORDER BY r.ord LIMIT ?`,
      params: [...w.params, limit],
    });
  }
  // A renamed account matches under the label it had when each redemption was created: its id
  // within a creation-time span (from inclusive, before exclusive), a range of ords (newer is smaller).
  for (const span of filter.search.bankAccountSpans ?? []) {
    const inSpan = [`r.bank ${inList(terms.lookup('bank', (v) => v === span.id))}`];
    const spanParams: SQLInputValue[] = [];
    if (span.fromMs !== undefined) {
      inSpan.push('r.ord <= ?');
      spanParams.push(slotEnd(span.fromMs));
    }
    if (span.beforeMs !== undefined) {
      inSpan.push('r.ord >= ?');
      spanParams.push(slotStart(span.beforeMs - 1));
    }
    const w = rowsWhere(inSpan, spanParams);
    parts.push({
      sql: `SELECT r.ord AS ord FROM orchestration_rows r ${w.sql} ORDER BY r.ord LIMIT ?`,
      params: [...w.params, limit],
    });
  }
  return {
    sql: `${parts.map((p) => `SELECT ord FROM (${p.sql})`).join(' UNION ')} ORDER BY ord LIMIT ?`,
    params: [...parts.flatMap((p) => p.params), limit],
    filtered: true,
  };
}
