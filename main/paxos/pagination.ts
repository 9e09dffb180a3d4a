// Cursor pagination. A page is `{ items, nextPageCursor }`; Paxos returns `items` (and, during
// the 2026 transition, the deprecated `orchestrations` / `rules` arrays too: `items` is read
// first) and `next_page_cursor` (some prose says `next_page`: accepted as a fallback).
import type { z } from 'zod';
import { badResponse } from './errors';
import { parseAs } from './parse';
import { MAX_PAGE_LIMIT } from './query';

export interface Page<T> {
  items: T[];
  /** Pass back as `page_cursor`; null on the last page. */
  nextPageCursor: string | null;
}

export function readPage<S extends z.ZodType>(
  body: unknown,
  itemSchema: S,
  what: string,
  legacyKey?: string,
): Page<z.infer<S>> {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw badResponse(what, 'the answer is not an object');
  const b = body as Record<string, unknown>;
  // An empty list may come back with the array left out altogether.
  const raw = b.items ?? (legacyKey ? b[legacyKey] : undefined) ?? [];
  if (!Array.isArray(raw)) throw badResponse(what, '"items" is not a list');
  // No request of the desk asks for more than MAX_PAGE_LIMIT: a bigger page is a misbehaving
  // Paxos (one of 20,000 items took 9–16 s and 351 MB to parse into records), refused before
  // any item is parsed or stored. The cycle reports it and the next one starts afresh.
  if (raw.length > MAX_PAGE_LIMIT)
    throw badResponse(
      what,
      `a page of ${raw.length} items, more than the ${MAX_PAGE_LIMIT} any request asks for`,
    );
  const items = raw.map((item, index) => parseAs(itemSchema, item, `${what} #${index + 1}`));
  const cursor = [b.next_page_cursor, b.next_page].find(
    (c): c is string => typeof c === 'string' && c !== '',
  );
  return { items, nextPageCursor: cursor ?? null };
}

export interface PagingOptions {
  /** Safety stop: no more than this many pages (default 1000). */
  maxPages?: number;
}

/** Follows `next_page_cursor` until the last page; throws bad_response if a cursor repeats. */
export async function* iteratePages<T>(
  fetchPage: (pageCursor: string | undefined) => Promise<Page<T>>,
  options: PagingOptions = {},
): AsyncGenerator<T, void, undefined> {
  const maxPages = options.maxPages ?? 1000;
  const seen = new Set<string>();
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page += 1) {
    const { items, nextPageCursor } = await fetchPage(cursor);
    yield* items;
    if (!nextPageCursor) return;
    if (seen.has(nextPageCursor))
      throw badResponse('page cursor', 'Paxos returned the same next_page_cursor twice');
    seen.add(nextPageCursor);
    cursor = nextPageCursor;
  }
}

/**
 * The one paged-list helper: from a route's page reader, a walk over every item (`iterate`)
 * and every item at once (`all`). Every cursor-paged list of the client goes through it.
 */
export function pagedList<Q, T>(
  fetchPage: (params: Q | undefined, pageCursor?: string) => Promise<Page<T>>,
) {
  const iterate = (params?: Q, paging?: PagingOptions) =>
    iteratePages((cursor) => fetchPage(params, cursor), paging);
  return {
    iterate,
    all: (params?: Q, paging?: PagingOptions) => collectAll(iterate(params, paging)),
  };
}

export async function collectAll<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}
