import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeskDatabase } from '../../../../main/desk/store/db/desk-database';
import { intentStates, type IntentState } from '../../../../main/desk/store/intents/intent';
import { IntentStore } from '../../../../main/desk/store/intents/intent-store';
import { LEGAL } from './intent-lifecycle-spec';
import { closeAfterTest, useTempDirs } from './temp-dir';
import { pathTo, redemption } from './intent-fixtures';

const tempDir = useTempDirs();
afterEach(() => vi.restoreAllMocks());

async function openStore(dir: string) {
  let n = 0;
  return closeAfterTest(await IntentStore.open(dir, { newId: () => `intent-${(n += 1)}` }));
}

describe('IntentStore', () => {
  it('has committed the intent and its ref_id when create resolves (WAL, synchronous=FULL)', async () => {
    const dir = await tempDir();
    const store = await openStore(dir);
    const intent = await store.create(redemption('ref-1'));
    expect(intent).toMatchObject({ refId: 'ref-1', state: 'queued', attempts: 0 });
    // Another connection sees it at once: it was committed, not held in a transaction.
    const other = new DatabaseSync(join(dir, 'desk.sqlite'));
    expect(other.prepare('SELECT ref_id FROM intents').all()).toEqual([{ ref_id: 'ref-1' }]);
    expect(other.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    other.close();
    const db = DeskDatabase.open(join(dir, 'desk.sqlite'));
    expect(db.get('PRAGMA synchronous')).toEqual({ synchronous: 2 }); // FULL: the WAL is fsynced at each commit
    db.close();

    const reopened = await openStore(dir);
    expect(reopened.get(intent.id)).toEqual(intent);
    expect(reopened.findByRefId('ref-1')?.id).toBe(intent.id);
  });

  it('rejects a second intent with the same ref_id, and malformed input', async () => {
    const store = await openStore(await tempDir());
    await store.create(redemption('ref-1'));
    await expect(store.create(redemption('ref-1'))).rejects.toMatchObject({ code: 'conflict' });
    await expect(
      store.create({ ...redemption('ref-2'), kind: 'wire_money' as never }),
    ).rejects.toMatchObject({ code: 'validation' });
    await expect(store.create(redemption(' ref-3'))).rejects.toMatchObject({ code: 'validation' });
    expect(store.list()).toHaveLength(1);
  });

  it('never changes what was asked for: id, kind, ref_id and payload are immutable', async () => {
    const store = await openStore(await tempDir());
    const { id } = await store.create(redemption('ref-1'));
    for (const patch of [
      { refId: 'other' },
      { payload: { source_amount: '9' } },
      { kind: 'delete_rule' },
      { attempts: 0 },
    ]) {
      await expect(store.update(id, patch as never)).rejects.toMatchObject({ code: 'validation' });
    }
    expect(store.get(id)).toMatchObject({ refId: 'ref-1', payload: { source_amount: '2500.00' } });
  });

  it('records the send lifecycle durably and counts attempts', async () => {
    const dir = await tempDir();
    const store = await openStore(dir);
    const { id } = await store.create(redemption('ref-1'));
    await store.update(id, { state: 'sending' });
    await store.update(id, {
      state: 'reconciling',
      lastError: { code: 'timeout', message: 'no answer' },
    });
    await store.update(id, { state: 'queued' });
    await store.update(id, { state: 'sending', lastError: null });
    await store.update(id, { state: 'submitted', result: { paxosId: 'orch-9' } });

    const reopened = await openStore(dir);
    const intent = reopened.get(id);
    expect(intent).toMatchObject({
      state: 'submitted',
      attempts: 2,
      result: { paxosId: 'orch-9' },
    });
    expect(intent).not.toHaveProperty('lastError');
  });

  it.each(
    intentStates.flatMap((from) =>
      intentStates
        .filter((to) => to !== from && !LEGAL.has(`${from}>${to}`))
        .map((to) => [from, to]),
    ),
  )('rejects %s → %s and leaves the stored state untouched', async (from, to) => {
    const dir = await tempDir();
    const store = await openStore(dir);
    const { id } = await store.create(redemption('ref-1'));
    for (const step of pathTo[from as IntentState]) await store.update(id, { state: step });
    await expect(store.update(id, { state: to as IntentState })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect((await openStore(dir)).get(id)?.state).toBe(from);
  });

  it('decides a race between cancel and send in call order: exactly one wins', async () => {
    const store = await openStore(await tempDir());
    const { id } = await store.create(redemption('ref-1'));
    const results = await Promise.allSettled([
      store.update(id, { state: 'sending' }),
      store.update(id, { state: 'cancelled' }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    expect(store.get(id)?.state).toBe('sending');
  });

  it('refuses an update made against a state that has since changed', async () => {
    const store = await openStore(await tempDir());
    const { id } = await store.create(redemption('ref-1'));
    await store.update(id, { state: 'needs_attention', attentionReason: 'expired' });
    await expect(
      store.update(id, { state: 'cancelled' }, { ifState: 'queued' }),
    ).rejects.toMatchObject({ code: 'conflict' });
    const requeued = await store.update(id, {
      state: 'queued',
      attentionReason: null,
      confirmedAt: '2026-03-01T12:00:00Z',
    });
    expect(requeued).not.toHaveProperty('attentionReason');
    await expect(store.update('missing', { state: 'sending' })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('lists oldest first, filters by state, and hands out frozen intents nobody can change', async () => {
    let tick = 0;
    const store = closeAfterTest(
      await IntentStore.open(await tempDir(), {
        now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, (tick += 1))),
      }),
    );
    const a = await store.create(redemption('a'));
    const b = await store.create(redemption('b'));
    await store.update(a.id, { state: 'cancelled' });
    expect(store.list().map((i) => i.refId)).toEqual(['a', 'b']);
    expect(store.list({ states: ['queued'] }).map((i) => i.refId)).toEqual(['b']);
    const listed = store.list()[1]!;
    expect(() => {
      listed.state = 'completed';
    }).toThrow(TypeError);
    expect(() => {
      (listed.payload as Record<string, unknown>).source_amount = '1';
    }).toThrow(TypeError);
    store.list().pop();
    expect(store.get(b.id)?.state).toBe('queued');
    expect(store.list()).toHaveLength(2);
    expect(store.findByRefId('b')).toBe(store.get(b.id));
  });

  it('reports a stored record it cannot read instead of silently dropping it, and sets it aside', async () => {
    const dir = await tempDir();
    const store = await openStore(dir);
    await store.create(redemption('ref-1'));
    await store.close();
    const raw = new DatabaseSync(join(dir, 'desk.sqlite'));
    raw
      .prepare(
        "INSERT INTO intents VALUES ('future-1', 'ref-f', 'create_orchestration', 'teleporting', '2026-01-01', '{}', 'x')",
      )
      .run();
    raw.close();
    const reopened = await openStore(dir);
    expect(reopened.unreadable).toEqual(['future-1']);
    expect(reopened.damaged).toEqual([
      { id: 'future-1', refId: 'ref-f', kind: 'create_orchestration', claimedState: 'teleporting' },
    ]);
    expect(reopened.list()).toHaveLength(1);
    // Its ref_id stays taken: a new request never reuses it.
    await expect(reopened.create(redemption('ref-f'))).rejects.toMatchObject({ code: 'conflict' });
  });

  it('never reads a row whose state was changed on disk (checksum): a cancel cannot turn back into queued', async () => {
    const dir = await tempDir();
    const store = await openStore(dir);
    const a = await store.create(redemption('ref-a'));
    await store.update(a.id, { state: 'cancelled' });
    await store.close();
    const raw = new DatabaseSync(join(dir, 'desk.sqlite'));
    // Flip the state back, body and column both, as damaged bytes could (they bypass triggers).
    raw.exec('DROP TRIGGER intents_follow_the_state_machine');
    raw
      .prepare(
        "UPDATE intents SET state = 'queued', body = replace(body, '\"cancelled\"', '\"queued\"')",
      )
      .run();
    raw.close();
    const reopened = await openStore(dir);
    expect(reopened.list({ states: ['queued'] })).toEqual([]);
    expect(reopened.damaged.map((d) => d.refId)).toEqual(['ref-a']);
  });

  it('refuses to make an intent that ended sendable again, even past the state machine (trigger)', async () => {
    const dir = await tempDir();
    const store = await openStore(dir);
    const a = await store.create(redemption('ref-a'));
    await store.update(a.id, { state: 'cancelled' });
    await store.close();
    const raw = new DatabaseSync(join(dir, 'desk.sqlite'));
    expect(() => raw.prepare("UPDATE intents SET state = 'queued'").run()).toThrow(
      /state machine forbids this move/,
    );
    raw.close();
  });
});
