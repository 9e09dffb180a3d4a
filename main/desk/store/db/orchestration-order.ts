// Where an orchestration sits in the Activity list (newest first), as one integer: the rowid of
// its row, of its id keys and of its search entry. Every index then hands rows back in list
// order, so a window (or a search) reads its 100 rows and stops, and a date range is a rowid
// range. ord = (ORDER_EPOCH_MS - created_ms) * ORDER_SLOT + tie: newer is smaller, and a page
// of history (newest first) appends to every B-tree instead of splitting it.
//
// A millisecond has ORDER_SLOT places (ties are orchestrations created in the same
// millisecond). When one is full (or a record has no created_at beyond that many), the record
// goes after every dated one (ORDER_OVERFLOW and up), listed last like an undated record.

/** 2030-01-01: ords stay within ±2^47 (6 bytes in every index entry) from 1961 to 2099. */
export const ORDER_EPOCH_MS = 1_893_456_000_000;
export const ORDER_SLOT = 64;
const MAX_MS = ORDER_EPOCH_MS + 2 ** 40;
/** First ord after every dated place (created_ms = 0 is the last dated millisecond). */
export const ORDER_OVERFLOW = (ORDER_EPOCH_MS + 1) * ORDER_SLOT;

/** The first place of a creation time (ms since the epoch; undated is 0). */
export function slotStart(createdMs: number): number {
  const ms = Math.min(Math.max(0, Math.trunc(createdMs)), MAX_MS);
  return (ORDER_EPOCH_MS - ms) * ORDER_SLOT;
}

export function slotEnd(createdMs: number): number {
  return slotStart(createdMs) + ORDER_SLOT - 1;
}

/** Whether `ord` is a place of this creation time (an update that keeps created_at keeps its ord). */
export function inSlot(ord: number, createdMs: number): boolean {
  return ord >= slotStart(createdMs) && ord <= slotEnd(createdMs);
}
