// A list's records kept sorted by (created_at, id), the key paging.ts pages on, so that a page is
// a binary search for the cursor and a walk from there, not a sort of every record per page
// (1,000 pages of 1,000 at 1,000,000 orchestrations was quadratic). Records are only ever
// appended and never change created_at or id, so the order is brought up to date by sorting
// what was appended since it was last read and merging it in (usually: appending, since the
// clock only moves forward). A list that shrank or was swapped for another is sorted anew.
import { toMicros } from './clock';
import { decodeCursor, encodeCursor, type Keyed, type PageResult } from './paging';

interface Entry<T> {
  t: number;
  id: string;
  record: T;
}

const compare = (a: { t: number; id: string }, b: { t: number; id: string }) =>
  a.t - b.t || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export class CreatedOrder<T> {
  private source: readonly T[] | undefined;
  private seen = 0;
  private last: T | undefined;
  /** Ascending by (created_at, id). */
  private asc: Entry<T>[] = [];

  constructor(private readonly keyed: (record: T) => Keyed) {}

  /** Brings the order up to date with `list` (cost: what was appended since, sorted). */
  sync(list: readonly T[]): void {
    const stale =
      list !== this.source || list.length < this.seen || list[this.seen - 1] !== this.last;
    if (stale) {
      this.source = list;
      this.seen = 0;
      this.asc = [];
    }
    if (list.length === this.seen) return;
    const added = list.slice(this.seen).map((record) => this.entry(record));
    added.sort(compare);
    const tail = this.asc[this.asc.length - 1];
    if (!tail || compare(tail, added[0]!) <= 0) {
      for (const e of added) this.asc.push(e);
    } else {
      this.asc = merge(this.asc, added);
    }
    this.seen = list.length;
    this.last = list[list.length - 1];
  }

  /**
   * One page of the records that `keep` accepts, in `order`, after `cursor` (paging.ts
   * semantics: keyset cursor naming the page's last record; a cursor only when more match).
   */
  page(
    order: 'ASC' | 'DESC',
    limit: number,
    cursor: string | undefined,
    keep: (record: T) => boolean,
  ): PageResult<T> {
    const asc = this.asc;
    const step = order === 'ASC' ? 1 : -1;
    let i: number;
    if (cursor === undefined) i = order === 'ASC' ? 0 : asc.length - 1;
    else {
      const [t, id] = decodeCursor(cursor, order);
      // First index whose key is above the cursor's (ASC), or the last one below it (DESC).
      const above = firstAbove(asc, { t, id });
      i = order === 'ASC' ? above : lastBelow(asc, { t, id }, above);
    }
    const items: T[] = [];
    let lastKey: Entry<T> | undefined;
    for (; i >= 0 && i < asc.length; i += step) {
      const e = asc[i]!;
      if (!keep(e.record)) continue;
      if (items.length === limit) {
        return { items, next_page_cursor: encodeCursor([lastKey!.t, lastKey!.id], order) };
      }
      items.push(e.record);
      lastKey = e;
    }
    return { items };
  }

  private entry(record: T): Entry<T> {
    const k = this.keyed(record);
    return { t: toMicros(String(k.created_at)) ?? 0, id: k.id, record };
  }
}

function firstAbove<T>(asc: Entry<T>[], key: { t: number; id: string }): number {
  let lo = 0;
  let hi = asc.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(asc[mid]!, key) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last index strictly below `key`, given the first index above it. */
function lastBelow<T>(asc: Entry<T>[], key: { t: number; id: string }, above: number): number {
  let i = above - 1;
  while (i >= 0 && compare(asc[i]!, key) === 0) i -= 1;
  return i;
}

function merge<T>(a: Entry<T>[], b: Entry<T>[]): Entry<T>[] {
  const out: Entry<T>[] = new Array<Entry<T>>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = compare(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

const orders = new WeakMap<object, unknown>();

/** The order kept for `list` (one per list, for as long as the list lives). */
export function createdOrderOf<T>(
  list: readonly T[],
  keyed: (record: T) => Keyed,
): CreatedOrder<T> {
  let order = orders.get(list) as CreatedOrder<T> | undefined;
  if (!order) {
    order = new CreatedOrder(keyed);
    orders.set(list, order);
  }
  order.sync(list);
  return order;
}
