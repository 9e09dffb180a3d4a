// In-memory filtering and paging over record summaries: newest first (created_at, then id),
// with an opaque cursor so pages stay stable while new records arrive at the top.
import { AppError } from '../../shared/app-error';
import type { RecordSummary } from './cache-records';

export interface RecordFilter {
  /** One status or any of several; compared case-insensitively (Paxos enums are open). */
  status?: string | readonly string[];
  refId?: string;
  ruleId?: string;
  profileId?: string;
  /** Custom test on the summary, e.g. "still in flight". */
  where?: (summary: RecordSummary, id: string) => boolean;
}

export interface PageRequest {
  limit?: number;
  /** From the previous page's nextCursor. */
  cursor?: string;
}

type SortKey = [createdAt: string, id: string];

export function matches(summary: RecordSummary, filter: RecordFilter, id = ''): boolean {
  if (filter.status !== undefined) {
    const wanted = (typeof filter.status === 'string' ? [filter.status] : filter.status).map((s) =>
      s.toUpperCase(),
    );
    if (!wanted.includes(summary.status?.toUpperCase() ?? '')) return false;
  }
  if (filter.refId !== undefined && summary.refId !== filter.refId) return false;
  if (filter.ruleId !== undefined && summary.ruleId !== filter.ruleId) return false;
  if (filter.profileId !== undefined && summary.profileId !== filter.profileId) return false;
  return filter.where === undefined || filter.where(summary, id);
}

/** Negative when a comes first (newer). Records without created_at go last. */
function compareNewestFirst(a: SortKey, b: SortKey): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? 1 : -1;
  return a[1] < b[1] ? 1 : a[1] > b[1] ? -1 : 0;
}

export function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeCursor(cursor: string): SortKey {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === 2 && key.every((part) => typeof part === 'string'))
      return key as SortKey;
  } catch {
    // fall through
  }
  throw new AppError('validation', 'That page of results is no longer valid; reload the list.', {
    field: 'cursor',
  });
}

/** Ids of the rows offset..offset+limit of the filtered, newest-first list, and its length. */
export function windowIds(
  summaries: Iterable<[string, RecordSummary]>,
  filter: RecordFilter,
  offset: number,
  limit: number,
): { ids: string[]; total: number } {
  const hits: SortKey[] = [];
  for (const [id, summary] of summaries)
    if (matches(summary, filter, id)) hits.push([summary.createdAt ?? '', id]);
  hits.sort(compareNewestFirst);
  return { ids: hits.slice(offset, offset + limit).map((k) => k[1]), total: hits.length };
}

/** Ids of one page, and the cursor of the next page when there is one. */
export function pageIds(
  summaries: Iterable<[string, RecordSummary]>,
  filter: RecordFilter,
  { limit = 100, cursor }: PageRequest,
): { ids: string[]; nextCursor?: string } {
  const after = cursor === undefined ? undefined : decodeCursor(cursor);
  const hits: SortKey[] = [];
  for (const [id, summary] of summaries) {
    if (!matches(summary, filter, id)) continue;
    const key: SortKey = [summary.createdAt ?? '', id];
    if (after === undefined || compareNewestFirst(after, key) < 0) hits.push(key);
  }
  hits.sort(compareNewestFirst);
  const page = hits.slice(0, Math.max(0, limit));
  const last = page[page.length - 1];
  return hits.length > page.length && last
    ? { ids: page.map((k) => k[1]), nextCursor: encodeCursor(last) }
    : { ids: page.map((k) => k[1]) };
}
