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

function engine(t: ReturnType<typeof fakeTimers>, busy: () => boolean) {
  return new SyncEngine({
    getClient: () => undefined, // cycles do nothing: only the schedule is under test
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
});
