// The orchestrations the lifecycle may still move: those with a next step or a pending
// approval. One with neither never moves again (an approval is only ever set at creation; a
// step is only ever scheduled by a step or an approval), so the per-request pass (runDue) and
// the approval pass visit what is in flight, not the whole history: at 1,000,000 orchestrations
// each pass over every one of them ran on every request and every 25 ms tick.
// Kept per list like created-order.ts: appended orchestrations are scanned once; a list that
// shrank or was swapped is scanned anew.
import type { SimOrchestration } from './types';

const settled = (o: SimOrchestration) => o.nextAt === null && !o.approval;

interface Tracked {
  seen: number;
  last: SimOrchestration | undefined;
  /** Insertion order is the list's order, so passes visit them as before. */
  live: Set<SimOrchestration>;
}

const tracked = new WeakMap<readonly SimOrchestration[], Tracked>();

/** The unsettled orchestrations of `list`, in list order. */
export function unsettledOrchestrations(list: readonly SimOrchestration[]): SimOrchestration[] {
  let t = tracked.get(list);
  if (!t || list.length < t.seen || list[t.seen - 1] !== t.last) {
    t = { seen: 0, last: undefined, live: new Set() };
    tracked.set(list, t);
  }
  for (let i = t.seen; i < list.length; i += 1) {
    const o = list[i]!;
    if (!settled(o)) t.live.add(o);
  }
  t.seen = list.length;
  t.last = list[list.length - 1];
  for (const o of t.live) if (settled(o)) t.live.delete(o);
  return [...t.live];
}
