// The SQL of an orchestration filter: every condition is on an indexed integer column, search
// goes through the FTS index (prefixes) or exact ids (orchestration_keys). Order is newest
// first: (created_ms DESC, seq DESC), which each (…, created_ms) index serves (seq is the rowid).
import type { SQLInputValue } from 'node:sqlite';
import type { CacheTerms } from './cache-terms';
import { idKey, searchQuery } from './orchestration-row';
import type { RecordFilter } from './record-query';

export interface SqlWhere {
  sql: string;
  params: SQLInputValue[];
}

export type SortKey = readonly [createdMs: number, seq: number];

const inList = (codes: readonly number[]) => (codes.length === 0 ? 'IN (NULL)' : `IN (${codes.join(', ')})`);
const list = (v: string | readonly string[]) => (typeof v === 'string' ? [v] : [...v]);
const isoMs = (iso: string, fallback: number) => {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : fallback;
};

export function orchestrationWhere(filter: RecordFilter, terms: CacheTerms): SqlWhere {
  const conditions: string[] = [];
  const params: SQLInputValue[] = [];
  const add = (sql: string, ...values: SQLInputValue[]) => {
    conditions.push(sql);
    params.push(...values);
  };
  if (filter.status !== undefined) {
    const wanted = new Set(list(filter.status).map((s) => s.toUpperCase()));
    add(`status ${inList(terms.lookup('status', (v) => wanted.has(v.toUpperCase())))}`);
  }
  if (filter.ruleId !== undefined) add(`rule ${inList(terms.lookup('rule', (v) => v === filter.ruleId))}`);
  if (filter.adhoc) add('rule IS NULL');
  if (filter.profileId !== undefined) add(`profile ${inList(terms.lookup('profile', (v) => v === filter.profileId))}`);
  if (filter.assets !== undefined && filter.assets.length > 0) {
    const wanted = new Set(filter.assets.map((a) => a.toUpperCase()));
    add(`asset ${inList(terms.lookup('asset', (v) => wanted.has(v)))}`);
  }
  if (filter.from !== undefined) add('created_ms >= ?', isoMs(filter.from, 0));
  if (filter.to !== undefined) add('created_ms <= ?', isoMs(filter.to, Number.MAX_SAFE_INTEGER));
  if (filter.inFlightOrChangedSince !== undefined) {
    add('(in_flight = 1 OR changed_ms >= ?)', isoMs(filter.inFlightOrChangedSince, 0));
  }
  if (filter.refId !== undefined) {
    // Exact ids go through the key index; the record's own ref_id is checked by the caller.
    add('seq IN (SELECT seq FROM orchestration_keys WHERE key = ?)', idKey(filter.refId));
  }
  if (filter.search !== undefined) {
    const text = filter.search.text.trim();
    const anyOf = ['seq IN (SELECT seq FROM orchestration_keys WHERE key = ?)'];
    const values: SQLInputValue[] = [idKey(text)];
    const match = searchQuery(text);
    if (match !== undefined) {
      anyOf.push('seq IN (SELECT rowid FROM orchestration_search WHERE orchestration_search MATCH ?)');
      values.push(match);
    }
    const banks = new Set(filter.search.bankAccountIds ?? []);
    if (banks.size > 0) anyOf.push(`bank ${inList(terms.lookup('bank', (v) => banks.has(v)))}`);
    for (const span of filter.search.bankAccountSpans ?? []) {
      anyOf.push(`(bank ${inList(terms.lookup('bank', (v) => v === span.id))} AND created_ms >= ? AND created_ms < ?)`);
      values.push(span.fromMs ?? 0, span.beforeMs ?? Number.MAX_SAFE_INTEGER);
    }
    const rules = new Set(filter.search.ruleIds ?? []);
    if (rules.size > 0) anyOf.push(`rule ${inList(terms.lookup('rule', (v) => rules.has(v)))}`);
    add(`(${anyOf.join(' OR ')})`, ...values);
  }
  return { sql: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

/** Adds "strictly after `key` in newest-first order" (keyset paging) to a WHERE clause. */
export function olderThan(where: SqlWhere, key: SortKey | undefined): SqlWhere {
  if (!key) return where;
  const cond = '(created_ms, seq) < (?, ?)';
  return { sql: where.sql === '' ? `WHERE ${cond}` : `${where.sql} AND ${cond}`, params: [...where.params, key[0], key[1]] };
}

export const NEWEST_FIRST = 'ORDER BY created_ms DESC, seq DESC';
