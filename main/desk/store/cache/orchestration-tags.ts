// The filter columns of an orchestration as extra words of its search entry ("tags"), so that
// one FTS5 MATCH intersects a search with chips, or several chips, walking the index's
// postings in list order and stopping at the window's last row, without reading a table row
// per candidate. Why: a search for "zurich" matches 10% of a million rows; checking each
// candidate's status in orchestration_rows read 100,000 rows (0.5–1 s) to count FAILED ones,
// while the postings of "zurich" and of FAILED's tag are a few hundred KB, merged in one pass.
//
// A tag is "_" + a letter + the value's code (cache_terms), "n" for none: `_s3 _a2 _rn _p5 _b7`.
// The search entry's tokenizer keeps "_" inside a word (migration 4); what an operator types
// is split at "_" (searchQuery), and record words have "_" replaced by a space before they
// are indexed (tokenized exactly as before, "_" having been a separator), so no typed or
// record word can ever be, or start like, a tag.
import type { TermKind } from './cache-terms';

export type TagColumn = 'status' | 'asset' | 'rule' | 'profile' | 'bank';

const LETTER: Record<TagColumn, string> = {
  status: 's',
  asset: 'a',
  rule: 'r',
  profile: 'p',
  bank: 'b',
};

/** The coded filter columns of one row (null: the record has no such value). */
export type TagCodes = Record<TagColumn, number | null>;

export const TAG_COLUMNS: readonly (TagColumn & TermKind)[] = [
  'status',
  'asset',
  'rule',
  'profile',
  'bank',
];

export function tag(column: TagColumn, code: number | null): string {
  return `_${LETTER[column]}${code ?? 'n'}`;
}

/** The text indexed for a row: its words ("_" made a separator, see above), then its tags. */
export function indexedText(words: string, codes: TagCodes): string {
  const tags = TAG_COLUMNS.map((c) => tag(c, codes[c])).join(' ');
  const text = words.replace(/_/g, ' ');
  return text === '' ? tags : `${text} ${tags}`;
}

/** FTS5 query: any of these codes of one column (an empty list matches nothing). */
export function tagMatch(column: TagColumn, codes: readonly (number | null)[]): string {
  if (codes.length === 0) return '"_x"'; // no row has this tag
  const any = codes.map((c) => `"${tag(column, c)}"`);
  return any.length === 1 ? any[0]! : `(${any.join(' OR ')})`;
}
