// The poll timer: idle desks poll slowly, busy ones fast, and a burst of submissions must bring
// the next poll forward once — never keep pushing it back (that would stop polling).
import { describe, expect, it } from 'vitest';
import { SyncEngine, type Timers } from '../../../../main/desk/sync/sync-engine';

function fakeTimers() {
  let clock = 0;
  const pending = new Map<number, { at: number; fn: () => void }>();
  let next = 1;
  const timers: Timers = {
    setTimeout: (fn, ms) => {
      pending.set(next, { at: clock + ms, fn });
      return next++;
    },
    clearTimeout: (handle) => void pending.delete(handle as number),
  };
  return {
    timers,
    now: () => new Date(clock),
    dueTimes: () => [...pending.values()].map((p) => p.at),
    advance(ms: number) {
      clock += ms;
      for (const [id, p] of [...pending]) {
        if (p.at <= clock) {
          pending.delete(id);
          p.fn();
        }
      }
    },
  };
}

/** `cycleMs`: how long each cycle takes on the fake clock (it does nothing else). */
function engine(t: ReturnType<typeof fakeTimers>, busy: () => boolean, cycleMs = 0) {
  return new SyncEngine({
    // Cycles do nothing but take `cycleMs`: only the schedule is under test.
    getClient: () => {
      t.advance(cycleMs);
      return undefined;
    },
    cache: {} as never,
    cursor: { mark: 'x' } as never,
    now: t.now,
    intervalsMs: () => ({ fast: 2_000, slow: 60_000 }),
    busy,
    onReachability: () => undefined,
    onTransitions: async () => undefined,
    onSynced: () => undefined,
    timers: t.timers,
  });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('sync schedule', () => {
  it('polls slowly when idle and brings the next poll forward when work appears', async () => {
    const t = fakeTimers();
    let busy = false;
    const sync = engine(t, () => busy);
    sync.start();
    await settle();
    expect(t.dueTimes()).toEqual([60_000]);
    busy = true;
    sync.quicken();
    expect(t.dueTimes()).toEqual([2_000]);
    sync.stop();
  });

  it('does not push the next poll back on every submission', async () => {
    const t = fakeTimers();
    const sync = engine(t, () => true);
    sync.start();
    await settle();
    const due = t.dueTimes();
    for (let i = 0; i < 10; i += 1) {
      t.advance(100);
      sync.quicken();
    }
    expect(t.dueTimes()).toEqual(due);
    sync.stop();
  });

  it('keeps the pace from the start of one cycle to the start of the next', async () => {
    // A cycle of 500 ms (Paxos's answers, a busy disk) must not stretch a 2 s pace to 2.5 s: a
    // status change would wait longer than the poll interval the operator chose.
    const t = fakeTimers();
    const sync = engine(t, () => true, 500);
    sync.start();
    await settle();
    expect(t.dueTimes()).toEqual([2_000]);
    t.advance(1_500);
    await settle();
    expect(t.dueTimes()).toEqual([4_000]);
    sync.stop();
  });

  it('still rests after a cycle longer than the interval (a slow Paxos is not polled back to back)', async () => {
    const t = fakeTimers();
    const sync = engine(t, () => true, 2_600);
    sync.start();
    await settle();
    expect(t.dueTimes()).toEqual([2_600 + 500]);
    sync.stop();
  });
});
