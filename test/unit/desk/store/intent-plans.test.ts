// Issue 23: what opening reads of the intents is planned as index ranges, never a walk of every
// ended intent (40,000 after years). The plans are read with EXPLAIN QUERY PLAN from the SQL
// the store really runs at open; a schema change that drops the index fails here.
import { join } from 'node:path';
import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { DeskDatabase } from '../../../../main/desk/store/db/desk-database';
import { IntentStore } from '../../../../main/desk/store/intents/intent-store';
import { redemption } from './intent-fixtures';
import { closeAfterTest, useTempDirs } from './temp-dir';

const tempDir = useTempDirs('intent-plans-');
const DAY = 24 * 60 * 60 * 1000;

/** A folder holding `ended` cancelled intents and one queued (all made at the same instant). */
async function history(ended: number) {
  const dir = await tempDir();
  const clock = { at: Date.UTC(2026, 0, 1) };
  const store = await IntentStore.open(dir, { now: () => new Date(clock.at) });
  for (let i = 0; i < ended; i += 1) {
    const intent = await store.create(redemption(`old-${i}`));
    await store.cancel(intent.id, 'queued');
  }
  await store.create(redemption('open'));
  await store.close();
  return { dir, clock };
}

/** Opens the store on `dir` and returns the plan of each intents query opening ran. */
async function plansAtOpen(dir: string, now: Date): Promise<{ sql: string; plan: string[] }[]> {
  const ran: { sql: string; params: SQLInputValue[] }[] = [];
  const all = DeskDatabase.prototype.all;
  DeskDatabase.prototype.all = function <T>(
    this: DeskDatabase,
    sql: string,
    ...p: SQLInputValue[]
  ) {
    if (sql.includes('FROM intents ')) ran.push({ sql, params: p });
    return all.call(this, sql, ...p) as T[];
  };
  try {
    closeAfterTest(await IntentStore.open(dir, { now: () => now }));
  } finally {
    DeskDatabase.prototype.all = all;
  }
  const db = new DatabaseSync(join(dir, 'desk.sqlite'));
  try {
    return ran.map(({ sql, params }) => ({
      sql,
      plan: (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map(
        (r) => r.detail,
      ),
    }));
  } finally {
    db.close();
  }
}

describe('intents read at open', () => {
  it('the ended-within-a-day read is two ranges of intents_ended_by_update', async () => {
    const { dir, clock } = await history(3);
    const plans = await plansAtOpen(dir, new Date(clock.at + 3 * DAY));
    const ended = plans.filter((p) => p.sql.includes('intents_ended_by_update'));
    expect(ended).toHaveLength(2);
    for (const { plan } of ended) {
      expect(plan.join(' | ')).toMatch(/SEARCH intents USING INDEX intents_ended_by_update \(/);
      expect(plan.join(' | ')).not.toMatch(/SCAN intents/);
    }
  });

  it('no query at open walks the intents table: every one is an index range or a key', async () => {
    const { dir, clock } = await history(3);
    const plans = await plansAtOpen(dir, new Date(clock.at + 3 * DAY));
    expect(plans.length).toBeGreaterThan(0);
    for (const { sql, plan } of plans) expect(plan.join(' | '), sql).not.toMatch(/SCAN intents/);
  });

  it("a kind's completed intents (the wires out) are one range of intents_by_kind", async () => {
    const { dir } = await history(3);
    const ran: string[] = [];
    const all = DeskDatabase.prototype.all;
    DeskDatabase.prototype.all = function <T>(
      this: DeskDatabase,
      sql: string,
      ...p: SQLInputValue[]
    ) {
      if (sql.includes('intents_by_kind')) ran.push(sql);
      return all.call(this, sql, ...p) as T[];
    };
    try {
      const store = closeAfterTest(await IntentStore.open(dir));
      expect(store.list({ states: ['completed'], kind: 'create_fiat_withdrawal' })).toEqual([]);
    } finally {
      DeskDatabase.prototype.all = all;
    }
    expect(ran).toHaveLength(1);
    const db = new DatabaseSync(join(dir, 'desk.sqlite'));
    try {
      const plan = (
        db.prepare(`EXPLAIN QUERY PLAN ${ran[0]}`).all('create_fiat_withdrawal', 'completed') as {
          detail: string;
        }[]
      )
        .map((r) => r.detail)
        .join(' | ');
      expect(plan).toMatch(/SEARCH intents USING INDEX intents_by_kind \(kind=\? AND state=\?\)/);
      expect(plan).not.toMatch(/SCAN intents/);
    } finally {
      db.close();
    }
  });

  it('the index is partial: only ended intents are in it', async () => {
    const { dir } = await history(2);
    const db = new DatabaseSync(join(dir, 'desk.sqlite'));
    try {
      const sql = db
        .prepare("SELECT sql FROM sqlite_schema WHERE name = 'intents_ended_by_update'")
        .get() as { sql: string } | undefined;
      expect(sql?.sql).toMatch(
        /WHERE state IN \('abandoned', 'cancelled', 'completed', 'failed'\)/,
      );
    } finally {
      db.close();
    }
  });

  it('a recently ended intent is in memory after a restart; an old one is not read at open', async () => {
    const { dir, clock } = await history(2);
    const reopened = closeAfterTest(
      await IntentStore.open(dir, { now: () => new Date(clock.at + DAY / 2) }),
    );
    expect(
      reopened
        .current(new Date(clock.at + DAY / 2))
        .map((i) => i.refId)
        .sort(),
    ).toEqual(['old-0', 'old-1', 'open']);
    const later = closeAfterTest(
      await IntentStore.open(await copyOf(dir), { now: () => new Date(clock.at + 3 * DAY) }),
    );
    expect(later.current(new Date(clock.at + 3 * DAY)).map((i) => i.refId)).toEqual(['open']);
  });

  it('an ended intent whose body is not JSON is read at open, found damaged and held', async () => {
    const { dir, clock } = await history(2);
    const raw = new DatabaseSync(join(dir, 'desk.sqlite'));
    raw.prepare("UPDATE intents SET body = '{not json' WHERE ref_id = 'old-1'").run();
    raw.close();
    const reopened = closeAfterTest(
      await IntentStore.open(dir, { now: () => new Date(clock.at + 3 * DAY) }),
    );
    expect(reopened.damaged.map((d) => d.refId)).toEqual(['old-1']);
  });
});

async function copyOf(dir: string): Promise<string> {
  const { cp } = await import('node:fs/promises');
  const to = await tempDir();
  await cp(dir, to, { recursive: true });
  return to;
}
