// Finding a record we created by its ref_id, without guessing. Paxos's ref_id filters are not in
// the 2025 OpenAPI file (orchestrations' `ref_id`, rules' `ids`), may lag behind a create, or may
// be ignored by a server that does not know them. So every hit is checked against the ref_id
// asked for, and a filtered lookup that finds nothing pages the unfiltered list, newest first,
// over a bounded window (LOOKUP_MAX_PAGES pages of LOOKUP_PAGE_SIZE) before the record is called
// absent. The window is bounded by count, not by our clock: the desk's clock may be wrong (the
// issue's clock jumps), and a created_at window computed from it could miss the record. Running
// out of pages is not "absent": it throws `exhausted`, so nobody takes an unfinished search as
// proof (abandon is refused; a reconcile sends again under the same ref_id, which is safe).
import { PaxosError } from './errors';
import type { Page } from './pagination';

/** Pages of the unfiltered list read before giving up on a definite answer. */
export const LOOKUP_MAX_PAGES = 10;
export const LOOKUP_PAGE_SIZE = 1000;

export interface RefLookup<T> {
  refId: string;
  /** The filtered lookup (whatever the server does with the filter). */
  filtered: () => Promise<readonly T[]>;
  /** One page of the unfiltered list over the window. */
  scanPage: (pageCursor: string | undefined) => Promise<Page<T>>;
  refIdOf: (record: T) => string | undefined;
  what: string;
}

/** The one record whose ref_id is `refId`, or undefined once both searches came back empty. */
export async function findByRefId<T>(spec: RefLookup<T>): Promise<T | undefined> {
  const hit = (await spec.filtered()).find((r) => spec.refIdOf(r) === spec.refId);
  if (hit) return hit;
  let cursor: string | undefined;
  for (let pages = 0; pages < LOOKUP_MAX_PAGES; pages += 1) {
    const page = await spec.scanPage(cursor);
    const found = page.items.find((r) => spec.refIdOf(r) === spec.refId);
    if (found) return found;
    if (!page.nextPageCursor || page.nextPageCursor === cursor) return undefined;
    cursor = page.nextPageCursor;
  }
  throw new PaxosError(
    'unavailable',
    `Could not finish looking for ${spec.what} ${spec.refId}: more than ${LOOKUP_MAX_PAGES * LOOKUP_PAGE_SIZE} records to search.`,
    { refId: spec.refId, exhausted: true },
    { retryable: false },
  );
}
