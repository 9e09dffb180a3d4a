// How one orchestration lands in its table: the columns Activity filters, sorts and searches
// on, taken from the record once at write time, and the words of its search entry.
import { textField, type PaxosRecord } from './cache-records';

export interface OrchestrationColumns {
  created_at: string;
  changed_at: string;
  status: string;
  asset: string;
  ref_id: string | null;
  rule_id: string | null;
  profile_id: string | null;
  bank_account_id: string | null;
}

type Leg = { transfer_id?: unknown } | undefined;
type Destination = { fiat?: { memo?: unknown; bank_account_id?: unknown; fiat_account_id?: unknown } } | undefined;

export function orchestrationColumns(record: PaxosRecord): OrchestrationColumns {
  const fiat = (record.destination as Destination)?.fiat;
  const createdAt = textField(record.created_at) ?? '';
  return {
    created_at: createdAt,
    changed_at: textField(record.updated_at) ?? createdAt,
    status: (textField(record.status) ?? '').toUpperCase(),
    asset: (textField(record.source_asset) ?? '').toUpperCase(),
    ref_id: textField(record.ref_id) ?? null,
    rule_id: textField(record.orchestration_rule_id) ?? null,
    profile_id: textField(record.profile_id) ?? null,
    bank_account_id: textField(fiat?.bank_account_id) ?? textField(fiat?.fiat_account_id) ?? null,
  };
}

/**
 * What the list shows and an operator types: Paxos ids, ref_id, amount, asset, memo, transfer
 * ids. Bank account labels and rule nicknames are matched at query time on their own (small)
 * collections, so renaming one never needs the history re-indexed.
 */
export function searchWords(record: PaxosRecord): string {
  const fiat = (record.destination as Destination)?.fiat;
  return [
    record.id,
    record.ref_id,
    record.source_amount,
    record.source_asset,
    fiat?.memo,
    (record.source_transfer as Leg)?.transfer_id,
    (record.destination_transfer as Leg)?.transfer_id,
    record.orchestration_rule_id,
  ]
    .map(textField)
    .filter((w): w is string => w !== undefined)
    .join(' ');
}

/** The FTS5 query for what the operator typed: every word required, as a prefix when it has
 *  2+ characters (the prefix index serves those); a 1-character word must match a whole word
 *  ("wire 7"), which is one index lookup. Undefined when nothing usable is left. */
export function searchQuery(text: string): string | undefined {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}.]+/u)
    .map((w) => w.replace(/^\.+|\.+$/g, ''))
    .filter((w) => w.length > 0);
  if (words.length === 0) return undefined;
  return words.map((w) => `"${w.replace(/"/g, '""')}"${w.length >= 2 ? '*' : ''}`).join(' AND ');
}

export const MIN_SEARCH_LENGTH = 2;
