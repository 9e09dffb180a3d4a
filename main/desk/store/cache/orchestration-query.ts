// The SQL of an orchestration filter: every condition is on an indexed column, and search
// goes through the FTS index (prefixes) or exact ids (unique index). Order is newest first
// (created_at, then id), which the (…, created_at, id) indexes serve without sorting.
import type { SQLInputValue } from 'node:sqlite';
import { searchQuery } from './orchestration-row';
import type { RecordFilter } from './record-query';

export interface SqlWhere {
  sql: string;
  params: SQLInputValue[];
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');
const list = (v: string | readonly string[]) => (typeof v === 'string' ? [v] : [...v]);

export function orchestrationWhere(filter: RecordFilter): SqlWhere {
  const terms: string[] = [];
  const params: SQLInputValue[] = [];
  const add = (sql: string, ...values: SQLInputValue[]) => {
    terms.push(sql);
    params.push(...values);
  };
  if (filter.status !== undefined) {
    const statuses = list(filter.status).map((s) => s.toUpperCase());
    add(`status IN (${placeholders(statuses.length)})`, ...statuses);
  }
  if (filter.refId !== undefined) add('ref_id = ?', filter.refId);
  if (filter.ruleId !== undefined) add('rule_id = ?', filter.ruleId);
  if (filter.adhoc) add('rule_id IS NULL');
  if (filter.profileId !== undefined) add('profile_id = ?', filter.profileId);
  if (filter.assets !== undefined && filter.assets.length > 0) {
    add(`asset IN (${placeholders(filter.assets.length)})`, ...filter.assets.map((a) => a.toUpperCase()));
  }
  if (filter.from !== undefined) add('created_at >= ?', filter.from);
  if (filter.to !== undefined) add('created_at <= ?', filter.to);
  if (filter.inFlightOrChangedSince !== undefined) {
    add(`(status NOT IN ('COMPLETED', 'FAILED') OR changed_at >= ?)`, filter.inFlightOrChangedSince);
  }
  if (filter.search !== undefined) {
    const text = filter.search.text.trim();
    const anyOf = ['id = ?', 'ref_id = ?'];
    const values: SQLInputValue[] = [text, text];
    const match = searchQuery(text);
    if (match !== undefined) {
      anyOf.push('seq IN (SELECT rowid FROM orchestration_search WHERE orchestration_search MATCH ?)');
      values.push(match);
    }
    const banks = filter.search.bankAccountIds ?? [];
    if (banks.length > 0) {
      anyOf.push(`bank_account_id IN (${placeholders(banks.length)})`);
      values.push(...banks);
    }
    const rules = filter.search.ruleIds ?? [];
    if (rules.length > 0) {
      anyOf.push(`rule_id IN (${placeholders(rules.length)})`);
      values.push(...rules);
    }
    add(`(${anyOf.join(' OR ')})`, ...values);
  }
  return { sql: terms.length > 0 ? `WHERE ${terms.join(' AND ')}` : '', params };
}

/** Adds "strictly older than key" (keyset paging) to a WHERE clause. */
export function olderThan(where: SqlWhere, key: readonly [string, string] | undefined): SqlWhere {
  if (!key) return where;
  const cond = '(created_at, id) < (?, ?)';
  return {
    sql: where.sql === '' ? `WHERE ${cond}` : `${where.sql} AND ${cond}`,
    params: [...where.params, key[0], key[1]],
  };
}
