// When the next poll runs after a cycle: an interval is kept from the start of one cycle to the
// start of the next, not from the end of one to the start of the next. Waiting the whole
// interval after each cycle would stretch the pace by the cycle's own time (its requests to
// Paxos, a slow network, a busy disk): a status change would then wait up to interval + cycle
// before the next poll even starts, and "poll every 2 s" would not be true. A cycle that takes
// longer than its interval is still followed by a rest (a quarter of the interval), so a slow
// Paxos is never polled back to back.

/** The least rest after a cycle, as a share of the interval. */
export const REST_SHARE = 0.25;

/** The delay before the next cycle, given the interval and how long ago the last one started. */
export function delayAfterCycle(intervalMs: number, sinceStartMs: number): number {
  const rest = intervalMs * REST_SHARE;
  return Math.max(rest, intervalMs - Math.max(0, sinceStartMs));
}
