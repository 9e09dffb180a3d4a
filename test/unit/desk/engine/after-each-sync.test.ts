// What runs after each sync, step by step and in order: exactly-once depends on this order
// (nothing is sent before the file is checked, before held sending is rechecked with Paxos,
// before strays are noticed), and on a clean flush clearing the background error shown.
import { describe, expect, it } from 'vitest';
import { afterEachSync, type AfterSyncSteps } from '../../../../main/desk/after-each-sync';
import { BackgroundErrors } from '../../../../main/desk/background-errors';
import { sendingClient } from '../../../../main/desk/desk-wiring';
import { StorageHealth } from '../../../../main/desk/store/storage-health';
import type { PaxosClient } from '../../../../main/paxos';

const NOW = new Date('2026-12-01T12:00:00Z');

/** Steps that log what ran; `held` is the intent store's hold, released by a passing recheck. */
function steps(options: { held?: string; recheckPasses?: boolean; flushFails?: boolean } = {}) {
  const log: string[] = [];
  const intents: { sendingHeld: string | undefined } = { sendingHeld: options.held };
  const client = {} as PaxosClient;
  const health = new StorageHealth();
  let changes = 0;
  const backgroundErrors = new BackgroundErrors(
    health,
    () => NOW,
    () => (changes += 1),
  );
  let checked: () => void = () => undefined;
  const wholeFile = new Promise<void>((resolve) => (checked = resolve));
  const s: AfterSyncSteps = {
    wholeFileChecked: async () => {
      await wholeFile;
      log.push('whole file checked');
    },
    sendingHeld: () => intents.sendingHeld !== undefined,
    recheck: async () => {
      log.push('recheck');
      if (options.recheckPasses) intents.sendingHeld = undefined;
    },
    noticeStrays: async () => {
      log.push('strays');
    },
    // Closing requests whose orchestration already ended reads only the cache: not logged here.
    settleEnded: async () => undefined,
    // What the outbox would send with: the client the wiring gives it at this moment.
    flushInBackground: async () => {
      log.push(sendingClient(intents, client) ? 'flush (can send)' : 'flush (no client)');
      if (options.flushFails) backgroundErrors.publish('EIO', null);
    },
    backgroundErrors,
  };
  return { s, log, health, checked, changes: () => changes };
}

describe('afterEachSync', () => {
  it('waits for the whole-file check before anything else', async () => {
    const { s, log, checked } = steps();
    const run = afterEachSync(s);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(log).toEqual([]);
    checked();
    await run;
    expect(log).toEqual(['whole file checked', 'strays', 'flush (can send)']);
  });

  it('not held: no recheck; strays are noticed before the flush', async () => {
    const { s, log, checked } = steps();
    checked();
    await afterEachSync(s);
    expect(log).toEqual(['whole file checked', 'strays', 'flush (can send)']);
  });

  it('held: rechecks with Paxos before noticing strays and flushing; a passing recheck lets it send', async () => {
    const { s, log, checked } = steps({ held: 'damaged', recheckPasses: true });
    checked();
    await afterEachSync(s);
    expect(log).toEqual(['whole file checked', 'recheck', 'strays', 'flush (can send)']);
  });

  it('held and the recheck fails: the flush finds no client, so nothing is sent', async () => {
    const { s, log, checked } = steps({ held: 'damaged', recheckPasses: false });
    checked();
    await afterEachSync(s);
    expect(log).toEqual(['whole file checked', 'recheck', 'strays', 'flush (no client)']);
  });

  it('a flush that adds no failure clears the background error shown', async () => {
    const { s, health, checked, changes } = steps();
    health.backgroundError = { message: 'earlier', at: NOW.toISOString(), refId: null };
    checked();
    await afterEachSync(s);
    expect(health.backgroundError).toBeUndefined();
    expect(changes()).toBe(1);
  });

  it('a flush that fails keeps its own error shown', async () => {
    const { s, health, checked } = steps({ flushFails: true });
    health.backgroundError = { message: 'earlier', at: NOW.toISOString(), refId: null };
    checked();
    await afterEachSync(s);
    expect(health.backgroundError).toEqual({ message: 'EIO', at: NOW.toISOString(), refId: null });
  });

  it('nothing shown and a clean flush: no change is announced', async () => {
    const { s, health, checked, changes } = steps();
    checked();
    await afterEachSync(s);
    expect(health.backgroundError).toBeUndefined();
    expect(changes()).toBe(0);
  });
});

describe('sendingClient', () => {
  it('gives the outbox no client while sending is held', () => {
    const client = {} as PaxosClient;
    expect(sendingClient({ sendingHeld: 'damaged' }, client)).toBeUndefined();
    expect(sendingClient({ sendingHeld: undefined }, client)).toBe(client);
  });
});
