// How one orchestration lands in its table: the values Activity filters, sorts and searches
// on, taken from the record once at write time, the exact ids it can be found by, and the
// words of its search entry.
import { isInFlightOrchestrationStatus, textField, type PaxosRecord } from './cache-records';
import { amountSpellings, typedAmount } from './search-amounts';

export interface OrchestrationFields {
  createdMs: number;
  changedMs: number;
  status: string;
  inFlight: boolean;
  asset: string;
  rule: string | undefined;
  profile: string | undefined;
  bank: string | undefined;
  /** Orchestration id, ref_id, transfer ids: found exactly (orchestration-id-keys.ts). */
  ids: string[];
  words: string;
}

type Leg = { transfer_id?: unknown } | undefined;
type Destination =
  { fiat?: { memo?: unknown; bank_account_id?: unknown; fiat_account_id?: unknown } } | undefined;

const ms = (iso: string | undefined) => {
  const t = iso === undefined ? Number.NaN : Date.parse(iso);
  return Number.isFinite(t) ? t : 0;
};

export function orchestrationFields(record: PaxosRecord): OrchestrationFields {
  const fiat = (record.destination as Destination)?.fiat;
  const createdMs = ms(textField(record.created_at));
  const updated = textField(record.updated_at);
  const status = textField(record.status) ?? '';
  const ids = [
    record.id,
    record.ref_id,
    (record.source_transfer as Leg)?.transfer_id,
    (record.destination_transfer as Leg)?.transfer_id,
  ]
    .map(textField)
    .filter((v): v is string => v !== undefined);
  return {
    createdMs,
    changedMs: updated === undefined ? createdMs : ms(updated),
    status,
    inFlight: isInFlightOrchestrationStatus(status),
    asset: (textField(record.source_asset) ?? '').toUpperCase(),
    rule: textField(record.orchestration_rule_id),
    profile: textField(record.profile_id),
    bank: textField(fiat?.bank_account_id) ?? textField(fiat?.fiat_account_id),
    ids: [...new Set(ids)],
    // What an operator types that is not an id: amount, asset, memo. Bank account labels and
    // rule nicknames are matched at query time on their small collections, so renaming one
    // never re-indexes the history.
    words: [record.source_amount, record.source_asset, fiat?.memo]
      .map(textField)
      .filter(Boolean)
      .join(' '),
  };
}

/**
 * A 48-bit key for an exact id (6 bytes in an index entry): two FNV-1a hashes of the UTF-16 text.
 * (Schema version 1 kept 52 bits, `key * 16 + the 4 low bits dropped here`: see migration 2.)
 * Not cryptographic, and need not be: a collision only means one more row read and compared.
 */
export function idKey(id: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ id.length;
  for (let i = 0; i < id.length; i += 1) {
    const c = id.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0) * 0x10000 + ((b >>> 4) & 0xffff);
}

/** A word's matching terms, when few (see OrchestrationTable.termsStartingWith); undefined: many. */
export type TermExpansion = (prefix: string) => readonly string[] | undefined;

/** Most terms a prefix is expanded into; beyond that the index's own prefix query is used. */
export const MAX_EXPANSION = 32;

/**
 * The FTS5 query for what the operator typed: every word required. An amount written as a
 * statement writes it ("$150,000.00", "25,000.50") is any spelling of its value (search-amounts.ts).
 * Otherwise a 1-character word must
 * match a whole word ("wire 7"); a 2-character word is a prefix the prefix index serves
 * directly; a longer one is expanded into the few terms that start with it (FTS5 reads a
 * term's postings lazily, in list order, but builds a prefix's in full first: 100,000 entries
 * for "zurich" at a million rows). Undefined when nothing usable is left; null when a word
 * matches no term at all (nothing can match).
 */
export function searchQuery(
  text: string,
  expand: TermExpansion = () => undefined,
): string | null | undefined {
  const parts: string[] = [];
  const words: string[] = [];
  for (const token of text.toLowerCase().split(/\s+/)) {
    // An amount as a statement prints it ("$150,000.00"): any of its spellings, exactly; with
    // decimals typed, also the digits so far as a prefix ("1042.2" while typing "1042.25"). A
    // whole amount ("150,000") stays exact: a prefix would find 1,500,000 too.
    const amount = typedAmount(token.replace(/^\(+|[,;:)]+$/g, ''));
    if (amount !== undefined) {
      const exact = amountSpellings(amount).map((t) => `"${t}"`);
      const typing = amount.includes('.') && !amount.endsWith('.') ? [`"${amount}"*`] : [];
      parts.push(`(${[...exact, ...typing].join(' OR ')})`);
      continue;
    }
    for (const w of token.split(/[^\p{L}\p{N}.]+/u)) {
      const word = w.replace(/^\.+|\.+$/g, '');
      if (word.length > 0) words.push(word);
    }
  }
  if (words.length === 0 && parts.length === 0) return undefined;
  for (const w of words) {
    const quoted = `"${w.replace(/"/g, '""')}"`;
    if (w.length < 2) parts.push(quoted);
    // Only plain ASCII is compared with the index's terms as typed (the tokenizer folds the rest).
    else if (w.length === 2 || !/^[a-z0-9.]+$/.test(w)) parts.push(`${quoted}*`);
    else {
      const terms = expand(w);
      if (terms === undefined) parts.push(`${quoted}*`);
      else if (terms.length === 0) return null;
      else parts.push(`(${terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' OR ')})`);
    }
  }
  return parts.join(' AND ');
}

export const MIN_SEARCH_LENGTH = 2;
