// The operator's UTC offsets over a span of time, as JavaScript's Date sees the time zone:
// where each daylight-saving (or law) change falls, to the millisecond. The Activity totals
// group rows by local day in SQL with these spans (orchestration-totals.ts), so a day there is
// exactly the day `new Date(created_at)` shows here, whatever SQLite's C library thinks the
// time zone is. Sampled every 6 hours, then bisected: two changes within 6 hours would be
// seen as one (no zone has had that).
import type { OffsetSpan } from '../store/cache/orchestration-totals';

const STEP_MS = 6 * 60 * 60 * 1000;
/** Spans kept for the last few (zone, range) asked: the range is the whole stored history. */
const kept = new Map<string, OffsetSpan[]>();

/** Local wall-clock time minus UTC at `ms`, in ms (exact, seconds included). */
export function localOffsetMs(ms: number): number {
  const d = new Date(ms);
  const wall = Date.UTC(
    d.getFullYear(),
    d.getMonth(),
    d.getDate(),
    d.getHours(),
    d.getMinutes(),
    d.getSeconds(),
    d.getMilliseconds(),
  );
  return wall - ms;
}

/** The first ms in (before, after] whose offset is the one at `after`. */
function changeAt(before: number, after: number): number {
  const wanted = localOffsetMs(after);
  let lo = before;
  let hi = after;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (localOffsetMs(mid) === wanted) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The offsets in force from `fromMs` to `toMs` (the first span starts at fromMs). */
export function localOffsets(fromMs: number, toMs: number): OffsetSpan[] {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const start = Math.floor(fromMs / STEP_MS) * STEP_MS - STEP_MS;
  const end = Math.ceil(toMs / STEP_MS) * STEP_MS + STEP_MS;
  const key = `${zone}|${start}|${end}|${localOffsetMs(start)}|${localOffsetMs(end)}`;
  const hit = kept.get(key);
  if (hit) return hit;
  const spans: OffsetSpan[] = [{ fromMs: start, offsetMs: localOffsetMs(start) }];
  for (let t = start + STEP_MS; t <= end; t += STEP_MS) {
    const offset = localOffsetMs(t);
    if (offset !== spans[spans.length - 1]!.offsetMs)
      spans.push({ fromMs: changeAt(t - STEP_MS, t), offsetMs: offset });
  }
  if (kept.size >= 4) kept.clear();
  kept.set(key, spans);
  return spans;
}
