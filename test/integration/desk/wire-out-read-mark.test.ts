// Where the money-in step's one List Transfers starts (incoming-sync.ts). It reads wires in and
// out together, so it starts just before the newest update of either kind: a desk that only
// wires out must not read its whole wire-out history every cycle. But never after the oldest wire
// out still followed was queued, so one found late (after its transfer ended) is still read; and
// the wire-out mark moves only once those read were handed on.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IncomingStore } from '../../../main/desk/incoming/incoming-store';
import {
  followIncomingWires,
  OVERLAP_MS,
  type IncomingSyncDeps,
} from '../../../main/desk/incoming/incoming-sync';
import { DeskDatabase } from '../../../main/desk/store/db/desk-database';
import type { PaxosClient } from '../../../main/paxos';
import type { Transfer } from '../../../shared/paxos/responses';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function storeOnDisk() {
  const dir = mkdtempSync(join(tmpdir(), 'wire-out-mark-'));
  dirs.push(dir);
  return new IncomingStore(DeskDatabase.openIn(dir));
}

const wireOut = (id: string, updatedAt: string): Transfer => ({
  id,
  type: 'WIRE_WITHDRAWAL',
  status: 'COMPLETED',
  asset: 'USD',
  amount: '10.00',
  created_at: updatedAt,
  updated_at: updatedAt,
});

/** A Paxos stand-in answering `answer` to every List Transfers, keeping the params asked. */
function transfersAt(answer: Transfer[]) {
  const asked: Parameters<PaxosClient['iterateTransfers']>[0][] = [];
  const client: Pick<PaxosClient, 'iterateTransfers'> = {
    iterateTransfers: (params) => {
      asked.push(params);
      return (async function* () {
        yield* answer;
      })();
    },
  };
  return { client, asked };
}

function deps(store: IncomingStore, more: Partial<IncomingSyncDeps> = {}): IncomingSyncDeps {
  return {
    store,
    now: () => new Date('2026-12-07T12:00:00Z'),
    ledger: { markMany: async (keys) => new Set(keys) },
    notifier: { show: () => undefined },
    onNotificationClick: () => undefined,
    profileName: async () => undefined,
    onChange: () => undefined,
    ...more,
  };
}

const startOf = (params: Parameters<PaxosClient['iterateTransfers']>[0] | undefined) => {
  const gte = (params as { updated_at?: { gte?: Date } } | undefined)?.updated_at?.gte;
  return gte?.toISOString();
};
const before = (at: string) => new Date(Date.parse(at) - OVERLAP_MS).toISOString();

describe('the money-in read start', () => {
  it('starts just before the newest wire out read when no wire in was ever read', async () => {
    const store = storeOnDisk();
    const { client, asked } = transfersAt([wireOut('t-1', '2026-12-06T09:00:00.000Z')]);
    const handed: Transfer[][] = [];
    const d = deps(store, { onWireOuts: async (t) => handed.push(t) });
    await followIncomingWires(client, d);
    await followIncomingWires(client, d);
    expect(startOf(asked[0])).toBeUndefined(); // the history, once
    expect(startOf(asked[1])).toBe(before('2026-12-06T09:00:00.000Z'));
    expect(handed.map((t) => t.map((w) => w.id))).toEqual([['t-1'], ['t-1']]);
  });

  it('never starts after the oldest wire out still followed was queued', async () => {
    const store = storeOnDisk();
    const { client, asked } = transfersAt([wireOut('t-1', '2026-12-06T09:00:00.000Z')]);
    let queued: string | undefined;
    const d = deps(store, { onWireOuts: async () => 0, wireOutsSince: () => queued });
    await followIncomingWires(client, d);
    queued = '2026-12-05T18:00:00.000Z'; // its answer lost overnight, found now
    await followIncomingWires(client, d);
    expect(startOf(asked[1])).toBe(before(queued));
    queued = '2026-12-07T11:00:00.000Z'; // newer than what was read: the marks decide
    await followIncomingWires(client, d);
    expect(startOf(asked[2])).toBe(before('2026-12-06T09:00:00.000Z'));
  });

  it('a wire out whose settling failed is read again: the mark moves only after it was handed on', async () => {
    const store = storeOnDisk();
    const first = transfersAt([wireOut('t-1', '2026-12-06T09:00:00.000Z')]);
    await followIncomingWires(first.client, deps(store));
    const later = transfersAt([wireOut('t-2', '2026-12-07T10:00:00.000Z')]);
    const failing = deps(store, {
      onWireOuts: async () => {
        throw new Error('disk full');
      },
    });
    await expect(followIncomingWires(later.client, failing)).rejects.toThrow('disk full');
    await followIncomingWires(later.client, deps(store));
    expect(startOf(later.asked[1])).toBe(before('2026-12-06T09:00:00.000Z'));
  });
});
