// The unfiltered Activity list, 100 rows half-way down, as the app asks for it
// (renderer/src/hooks/useActivityWindow.ts): scrolled there, the rows after the page above
// (its endCursor, which the list holds); jumped there (the scrollbar dragged), by offset, from
// the filter's keyset anchors, which the first jump after a write builds. The anchor store
// pages by keyset only: it is handed the cursor of the row before (found untimed), except for
// a first jump, where it finds that row with OFFSET (the one way a keyset store can jump).
import type { Desk } from '../main/desk/desk';
import type { PaxosRecord } from '../main/desk/store/cache/cache-records';
import type { AnchorStore } from './anchor-store';
import { atMost, medianMs, type HRow } from './history-report';
import { fmtCount, median } from './stats';

export async function deepWindows(
  desk: Desk,
  anchor: AnchorStore,
  size: number,
  reps: number,
): Promise<HRow[]> {
  const target = atMost(50, 1_000_000, true);
  const records = desk.records;
  const deep = Math.floor(size / 2);
  // Each run asks for rows nothing read before (none parsed in memory yet: the page above is,
  // as in the app), all near half-way: pages 200 rows apart, the page above in between.
  // 200 rows apart where the history is long enough (at 1,000 rows, closer: all must fit).
  const step = Math.max(1, Math.min(200, Math.floor((deep - 100) / (2 * reps + 3))));
  const scrollAt = (n: number) => deep + (n + 1) * step;
  const jumpAt = (n: number) => deep + (reps + n + 3) * step;
  const above = new Map<number, string | undefined>();
  const cursors = new Map<number, ReturnType<AnchorStore['cursorAt']>>();
  for (let n = -1; n < reps; n += 1) {
    // Untimed: what the list holds when it asks (the page above), the anchor's cursors.
    above.set(n, (await records.window('orchestrations', {}, scrollAt(n) - 100, 100)).endCursor);
    cursors.set(n, anchor.cursorAt(scrollAt(n) - 1));
    cursors.set(reps + n + 1, anchor.cursorAt(jumpAt(n) - 1));
  }
  const scrolled = await medianMs(reps, (n) =>
    records.window('orchestrations', {}, scrollAt(n), 100, above.get(n)),
  );
  const theirs = await medianMs(reps, (n) => anchor.window({}, 100, cursors.get(n)));
  const jumped = await medianMs(reps, (n) => records.window('orchestrations', {}, jumpAt(n), 100));
  const theirsJump = await medianMs(reps, (n) => anchor.window({}, 100, cursors.get(reps + n + 1)));
  // A first jump after a write: a write can move ords, so it drops the anchors. The write (a
  // record changed, then put back as it was) is untimed; the jump after it is timed.
  const runs = Math.min(reps, 5);
  const first: number[] = [];
  const theirsFirst: number[] = [];
  const top = (await records.window('orchestrations', {}, 0, 1)).items[0]!;
  const cache = desk.partsForTests.cache;
  for (let n = 0; n < runs; n += 1) {
    const changed: PaxosRecord = { ...top.record, bench_touch: n };
    await cache.put('orchestrations', changed, { fetchedAt: top.fetchedAt });
    await cache.put('orchestrations', top.record, { fetchedAt: top.fetchedAt });
    const offset = deep + Math.min(20_000, Math.floor(size / 4)) + n * step;
    let start = performance.now();
    await records.window('orchestrations', {}, offset, 100);
    first.push(performance.now() - start);
    start = performance.now();
    anchor.window({}, 100, anchor.cursorAt(offset - 1));
    theirsFirst.push(performance.now() - start);
  }
  const where = `100 rows at offset ${fmtCount(deep)} + count`;
  return [
    {
      measure: `Deep window, scrolled there (after the page above): ${where}`,
      size,
      ours: scrolled,
      anchor: theirs,
      target,
    },
    {
      measure: `Deep window, jumped there (by offset, anchors built): ${where}`,
      size,
      ours: jumped,
      anchor: theirsJump,
      target,
    },
    {
      measure: `Deep window, first jump after a write (anchors rebuilt; anchor: OFFSET): ${where}`,
      size,
      ours: median(first),
      anchor: median(theirsFirst),
      target,
    },
  ];
}
