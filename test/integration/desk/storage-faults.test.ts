// Storage faults (issue 11, Deliver 6): a full disk (ENOSPC) or an I/O error (EIO) at every
// write statement and every commit of a sequence of desk operations, and a power cut modelled
// by dropping what was not synced. After each: every acknowledged change is on disk, an
// unacknowledged one left no trace (no intent without its audit entry, no half cycle), memory
// never ran ahead of the disk, a cancelled intent never came back, and the audit chain holds.
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AuditLog } from '../../../main/desk/store/audit/audit-log';
import { CacheStore } from '../../../main/desk/store/cache/cache-store';
import { DATABASE_FILE, DeskDatabase } from '../../../main/desk/store/db/desk-database';
import {
  sqliteDiskError,
  type FaultPoint,
  type StorageFaults,
} from '../../../main/desk/store/db/storage-faults';
import { NotificationLedger } from '../../../main/desk/store/notifications/notification-ledger';
import type { IntentState } from '../../../main/desk/store/intents/intent';
import { IntentStore } from '../../../main/desk/store/intents/intent-store';
import { EventCursor } from '../../../main/desk/sync/event-cursor';
import { orchestration } from '../../unit/desk/store/orchestration-fixture';

const made: string[] = [];
afterAll(async () => Promise.all(made.map((d) => rm(d, { recursive: true, force: true }))));
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'td-faults-'));
  made.push(dir);
  return dir;
}

/** Fails the n-th fault point (1-based) once, alternating ENOSPC and EIO; counts every point. */
class OneFault implements StorageFaults {
  seen = 0;
  /** Armed once the stores are open (a failure while opening is a refusal to start). */
  armed = false;
  constructor(private readonly failAt: number) {}
  before(_point: FaultPoint): void {
    if (!this.armed) return;
    this.seen += 1;
    if (this.seen === this.failAt) throw sqliteDiskError(this.failAt % 2 === 0 ? 'ENOSPC' : 'EIO');
  }
}

function openStores(dir: string, faults?: StorageFaults) {
  const db = DeskDatabase.open(join(dir, DATABASE_FILE), faults ? { faults } : {});
  const audit = new AuditLog(db, { environment: 'sandbox', user: 'operator' });
  return {
    db,
    audit,
    intents: new IntentStore(db, { audit }),
    cache: new CacheStore(db),
    ledger: new NotificationLedger(db),
    cursor: new EventCursor(db),
  };
}
type Stores = ReturnType<typeof openStores>;

/** What the disk must hold after the acknowledged operations. */
interface Expected {
  intents: Map<string, IntentState>;
  orchestrations: number;
  marks: string[];
  mark?: string;
  operatorEntries: number;
}

const payload = (amount: string) => ({
  source_asset: 'USDC',
  destination_asset: 'USD',
  source_amount: amount,
  source: { profile: { profile_id: 'p-1' } },
  destination: { fiat: { bank_account_id: 'fa-1' } },
});

/** The operations, in order; each resolves (acknowledged) or rejects (not). */
function operations(s: Stores, e: Expected): (() => Promise<unknown>)[] {
  const id = (ref: string) => s.intents.findByRefId(ref)?.id ?? 'missing';
  const move = (ref: string, state: IntentState) => async () => {
    await s.intents.update(id(ref), { state });
    e.intents.set(ref, state);
  };
  const create = (ref: string, amount: string) => async () => {
    await s.intents.create(
      { kind: 'create_orchestration', refId: ref, payload: payload(amount) },
      { audit: { action: 'redemption.create', outcome: 'requested', details: { amount } } },
    );
    e.intents.set(ref, 'queued');
  };
  return [
    create('A', '100.00'),
    create('B', '900000.00'),
    move('B', 'cancelled'),
    move('A', 'sending'),
    move('A', 'submitted'),
    async () => {
      await s.cache.putMany(
        'orchestrations',
        Array.from({ length: 5 }, (_, i) => orchestration(i)),
      );
      e.orchestrations = 5;
    },
    async () => {
      await s.ledger.markMany(['k1', 'k2', 'k3']);
      e.marks = ['k1', 'k2', 'k3'];
    },
    async () => {
      await s.cursor.advance([{ id: 'ev-1', created_at: '2026-11-30T10:00:00.000Z' }]);
      e.mark = '2026-11-30T10:00:00.000Z';
    },
    create('C', '42.00'),
    move('A', 'completed'),
    move('C', 'needs_attention'),
    move('C', 'cancelled'),
    async () => {
      await s.audit.append({ action: 'settings.update', outcome: 'succeeded' });
      e.operatorEntries += 1;
    },
  ];
}

const fresh = (): Expected => ({
  intents: new Map(),
  orchestrations: 0,
  marks: [],
  operatorEntries: 0,
});

/** Reopens the folder without faults and checks it against what was acknowledged. */
async function verify(dir: string, e: Expected, label: string, memory?: Stores): Promise<void> {
  const s = openStores(dir);
  try {
    const onDisk = new Map(s.intents.list().map((i) => [i.refId, i.state]));
    expect(onDisk, `${label}: intents`).toEqual(e.intents);
    if (memory)
      expect(s.intents.list(), `${label}: memory ahead of disk`).toEqual(memory.intents.list());
    expect(s.cache.count('orchestrations'), label).toBe(e.orchestrations);
    for (const k of ['k1', 'k2', 'k3'])
      expect(s.ledger.has(k), `${label}: ledger ${k}`).toBe(e.marks.includes(k));
    expect(s.cursor.mark, `${label}: cursor`).toBe(e.mark);
    expect(s.audit.verify().ok, `${label}: audit chain`).toBe(true);
    // Every intent change committed with its audit entry, and only those.
    const entries = (await s.audit.page({ limit: 500 })).entries;
    for (const [ref, state] of e.intents) {
      expect(
        entries.some((en) => en.refId === ref && en.action === 'redemption.create'),
        `${label}: ${ref} create audited`,
      ).toBe(true);
      if (state !== 'queued')
        expect(
          entries.some((en) => en.refId === ref && en.action === `intent.state.${state}`),
          `${label}: ${ref} → ${state} audited`,
        ).toBe(true);
    }
    const refsAudited = new Set(
      entries.filter((en) => en.action === 'redemption.create').map((en) => en.refId),
    );
    expect([...refsAudited].sort(), `${label}: audit of an unacknowledged create`).toEqual(
      [...e.intents.keys()].sort(),
    );
    expect(entries.filter((en) => en.action === 'settings.update').length, label).toBe(
      e.operatorEntries,
    );
  } finally {
    s.db.close();
  }
}

describe('storage faults', () => {
  it('ENOSPC or EIO at every write and every commit: acknowledged means on disk, refused means no trace', async () => {
    const counter = new OneFault(0);
    const clean = openStores(await tempDir(), counter);
    counter.armed = true;
    for (const op of operations(clean, fresh())) await op();
    clean.db.close();
    const points = counter.seen;
    expect(points).toBeGreaterThan(30);

    for (let failAt = 1; failAt <= points; failAt += 1) {
      const dir = await tempDir();
      const expected = fresh();
      const fault = new OneFault(failAt);
      const s = openStores(dir, fault);
      fault.armed = true;
      let refused = 0;
      for (const op of operations(s, expected)) {
        await op().catch(() => {
          refused += 1;
        });
      }
      expect(refused, `fault ${failAt}: one operation refused`).toBeGreaterThanOrEqual(1);
      const snapshot = [...expected.intents];
      // verify: an acknowledged cancel reads back as cancelled, never queued (states compared).
      await verify(dir, expected, `fault ${failAt}/${points}`, s);
      s.db.close();
      expect([...expected.intents]).toEqual(snapshot);
    }
  }, 120_000);

  it('a power cut loses at most the operation in progress, never an acknowledged one, never half of one', async () => {
    const dir = await tempDir();
    const expected = fresh();
    const s = openStores(dir);
    const files = (d: string) => [join(d, DATABASE_FILE), join(d, `${DATABASE_FILE}-wal`)] as const;
    const read = async () =>
      Promise.all(files(dir).map((f) => readFile(f).catch(() => Buffer.alloc(0))));
    let synced = await read();
    let cuts = 0;
    for (const [n, op] of operations(s, expected).entries()) {
      const before = structuredClone({ ...expected, intents: [...expected.intents] });
      await op();
      const after = await read();
      // The bytes the operation appended to the WAL; a cut keeps any prefix of them (torn).
      const [db, wal] = after;
      if (
        wal!.length > synced[1]!.length &&
        wal!.subarray(0, synced[1]!.length).equals(synced[1]!)
      ) {
        for (const keep of [
          0,
          Math.floor((wal!.length - synced[1]!.length) / 2),
          wal!.length - synced[1]!.length - 1,
        ]) {
          const cut = await tempDir();
          await writeFile(files(cut)[0], synced[0]!);
          await writeFile(files(cut)[1], wal!.subarray(0, synced[1]!.length + keep));
          // Lost power mid-operation: the disk holds what was synced before it, plus a torn tail.
          await verify(
            cut,
            { ...before, intents: new Map(before.intents) },
            `cut in operation ${n} keeping ${keep} bytes`,
          );
          cuts += 1;
        }
      }
      void db;
      synced = after;
      // And the synced state itself is complete.
      const whole = await tempDir();
      for (const [i, f] of files(dir).entries())
        await copyFile(f, files(whole)[i]!).catch(() => undefined);
      await verify(whole, expected, `after operation ${n}`);
    }
    s.db.close();
    expect(cuts).toBeGreaterThan(5);
  }, 120_000);
});
