// Finding a record we created by its ref_id, without guessing. Paxos's ref_id filters are not in
// the 2025 OpenAPI file (orchestrations' `ref_id`, rules' `ids`), may lag behind a create, or may
// be ignored by a server that does not know them. So every hit is checked against the ref_id
// asked for, and a filtered lookup that finds nothing pages the unfiltered list over a bounded
// time window before the record is called absent. Running out of pages is not "absent": it
// throws, so nobody treats an unfinished search as proof.
import { PaxosError } from './errors';
import type { Page } from './pagination';

/** How far before the intent was created a record with its ref_id could carry a created_at (clock skew). */
export const LOOKUP_SKEW_MS = 60 * 60 * 1000;
/** Pages of the unfiltered list read before giving up on a definite answer. */
export const LOOKUP_MAX_PAGES = 50;

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
  throw new PaxosError('unavailable', `Could not finish looking for ${spec.what} ${spec.refId}: too many records in the window.`, { refId: spec.refId }, { retryable: false });
}

/** The start of the window in which a record created for an intent made at `createdAt` must lie. */
export function lookupWindowStart(createdAt: string | Date | undefined): string | undefined {
  if (createdAt === undefined) return undefined;
  const ms = (createdAt instanceof Date ? createdAt.getTime() : Date.parse(createdAt)) - LOOKUP_SKEW_MS;
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
