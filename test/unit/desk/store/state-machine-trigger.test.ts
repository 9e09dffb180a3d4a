// The database holds every intent to the state machine by itself (migration 4), pair by pair,
// and an intent's update is conditional in SQL on the state it was read in: a second writer
// (another process on the file, or a stale copy) cannot cancel what is being sent.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DeskDatabase } from '../../../../main/desk/store/db/desk-database';
import { intentStates, type IntentState } from '../../../../main/desk/store/intents/intent';
import { canTransition } from '../../../../main/desk/store/intents/intent-state-machine';
import { IntentStore } from '../../../../main/desk/store/intents/intent-store';

const dir = mkdtempSync(join(tmpdir(), 'state-trigger-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the intent state machine in SQL', () => {
  it('allows exactly the moves the state machine allows', () => {
    const db = DeskDatabase.openIn(join(dir, 'pairs'));
    const allowedBySql = (from: IntentState, to: IntentState): boolean => {
      db.run('DELETE FROM intents');
      db.run(
        "INSERT INTO intents (id, ref_id, kind, state, created_at, body, checksum) VALUES ('i', 'r', 'k', ?, 't', '{}', 'c')",
        from,
      );
      try {
        db.run("UPDATE intents SET state = ? WHERE id = 'i'", to);
        return true;
      } catch {
        return false;
      }
    };
    const mismatches: string[] = [];
    for (const from of intentStates)
      for (const to of intentStates) {
        if (from === to) continue;
        if (allowedBySql(from, to) !== canTransition(from, to)) mismatches.push(`${from} → ${to}`);
      }
    db.close();
    expect(mismatches).toEqual([]);
    expect(canTransition('sending', 'cancelled')).toBe(false);
  });

  it('refuses a change made on a stale copy: sending is never overwritten by a cancel', async () => {
    const envDir = join(dir, 'two-writers');
    const first = await IntentStore.open(envDir);
    const second = await IntentStore.open(envDir);
    const intent = await first.create({
      kind: 'delete_rule',
      refId: 'td-two-writers',
      payload: { id: 'rule-1' },
    });
    // The second store read the file before the first marked it sending.
    const stale = await IntentStore.open(envDir);
    await first.markSending(intent.id);
    await expect(stale.cancel(intent.id, 'queued')).rejects.toMatchObject({ code: 'conflict' });
    const reread = await IntentStore.open(envDir);
    expect(reread.get(intent.id)?.state).toBe('sending');
    await Promise.all([first, second, stale, reread].map((s) => s.close()));
  });

  it('refuses a stale write the trigger alone would let through (the SQL precondition)', async () => {
    const envDir = join(dir, 'stale-precondition');
    const live = await IntentStore.open(envDir);
    const intent = await live.create({
      kind: 'delete_rule',
      refId: 'td-stale',
      payload: { id: 'r' },
    });
    const stale = await IntentStore.open(envDir);
    // Live: queued → needs_attention. Stale still holds queued; needs_attention → cancelled is a
    // legal move, so only the UPDATE's `WHERE state = 'queued'` can refuse the stale cancel.
    await live.needsReconfirmation(intent.id, 'expired');
    await expect(stale.cancel(intent.id, 'queued')).rejects.toMatchObject({ code: 'conflict' });
    const reread = await IntentStore.open(envDir);
    expect(reread.get(intent.id)?.state).toBe('needs_attention');
    await Promise.all([live, stale, reread].map((s) => s.close()));
  });
});
