import { describe, expect, it } from 'vitest';
import { CreatedOrder, createdOrderOf } from '../../../main/simulator/created-order';
import { formatMicros } from '../../../main/simulator/clock';
import { paginate, type Keyed } from '../../../main/simulator/paging';
import { seededRandom } from '../../../main/simulator/random';

interface Rec extends Keyed {
  status: string;
}

const base = 1_780_000_000_000_000;
const rec = (id: string, micros: number, status = 'COMPLETED'): Rec => ({
  id,
  created_at: formatMicros(base + micros),
  status,
});
const self = (r: Rec) => r;

/** Every page of a walk, with `between` run before each page after the first. */
function walk(
  pageOf: (cursor: string | undefined) => { items: Rec[]; next_page_cursor?: string },
  between: (pageNumber: number) => void = () => undefined,
): string[] {
  const seen: string[] = [];
  let cursor: string | undefined;
  let n = 0;
  do {
    if (n > 0) between(n);
    const page = pageOf(cursor);
    seen.push(...page.items.map((r) => r.id));
    cursor = page.next_page_cursor;
    n += 1;
  } while (cursor);
  return seen;
}

describe('orchestrations kept in created order', () => {
  it('pages exactly like sorting every record per page (both orders, filters, ties)', () => {
    const random = seededRandom(7);
    const all: Rec[] = [];
    for (let i = 0; i < 500; i += 1) {
      // Few distinct timestamps: many ties on created_at, broken by id.
      const micros = Math.floor(random() * 120);
      all.push(
        rec(
          `id-${Math.floor(random() * 1e9)}-${i}`,
          micros,
          random() < 0.3 ? 'FAILED' : 'COMPLETED',
        ),
      );
    }
    const order = new CreatedOrder<Rec>(self);
    order.sync(all);
    for (const direction of ['ASC', 'DESC'] as const) {
      for (const limit of [1, 7, 100, 1000]) {
        for (const status of [undefined, 'FAILED', 'NONE']) {
          const keep = (r: Rec) => status === undefined || r.status === status;
          const ours = walk((c) => order.page(direction, limit, c, keep));
          const reference = walk((c) => paginate(all.filter(keep), direction, limit, c));
          expect(ours).toEqual(reference);
          // Page boundaries and cursors too, not just the concatenation.
          expect(order.page(direction, limit, undefined, keep)).toEqual(
            paginate(all.filter(keep), direction, limit, undefined),
          );
        }
      }
    }
  });

  it('neither repeats nor skips when orchestrations are added between pages', () => {
    const all: Rec[] = [];
    for (let i = 0; i < 50; i += 1) all.push(rec(`old-${String(i).padStart(2, '0')}`, i * 10));
    const before = all.map((r) => r.id);
    let added = 0;
    let serial = 0;
    const addSome = () => {
      serial += 1;
      const n = serial;
      // Newer than everything (the clock moves on), and one older than the page being read
      // (a record whose created_at falls inside the history already walked past, as after a
      // clock adjustment): the merge path, not the append path.
      all.push(rec(`new-${n}-a`, 10_000 + n));
      all.push(rec(`new-${n}-b`, 5 + n * 10));
      added += 2;
    };
    const desc = walk((c) => createdOrderOf(all, self).page('DESC', 6, c, () => true), addSome);
    expect(added).toBeGreaterThan(0);
    // Every record present when the walk started is seen exactly once, newest first.
    const oldSeen = desc.filter((id) => id.startsWith('old-'));
    expect(oldSeen).toEqual([...before].reverse());
    expect(new Set(desc).size).toBe(desc.length);
    // ASC: a record added after the walk started, newer than the cursor, is reached too.
    const asc = walk((c) => createdOrderOf(all, self).page('ASC', 6, c, () => true), addSome);
    expect(new Set(asc).size).toBe(asc.length);
    expect(asc.filter((id) => id.startsWith('old-'))).toEqual(before);
    expect(asc).toContain(all[all.length - 2]!.id);
  });

  it('sorts anew when its list is swapped or shrinks', () => {
    const first = [rec('a', 1), rec('b', 2)];
    const order = new CreatedOrder<Rec>(self);
    order.sync(first);
    const second = [rec('z', 5), rec('y', 3)];
    order.sync(second);
    expect(order.page('ASC', 10, undefined, () => true).items.map((r) => r.id)).toEqual(['y', 'z']);
    second.pop();
    order.sync(second);
    expect(order.page('ASC', 10, undefined, () => true).items.map((r) => r.id)).toEqual(['z']);
  });

  it('accepts the cursors paginate hands out and refuses damaged ones', () => {
    const all = [rec('a', 1), rec('b', 2), rec('c', 3)];
    const cursor = paginate(all, 'DESC', 1, undefined).next_page_cursor;
    const order = createdOrderOf(all, self);
    expect(order.page('DESC', 5, cursor, () => true).items.map((r) => r.id)).toEqual(['b', 'a']);
    expect(() => order.page('ASC', 5, cursor, () => true)).toThrow(/page_cursor/);
    expect(() => order.page('DESC', 5, 'not-a-cursor', () => true)).toThrow(/page_cursor/);
  });
});
