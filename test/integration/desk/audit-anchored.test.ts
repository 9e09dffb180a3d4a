// The audit log is anchored (issue 21, Deliver 6): its chain is keyed with a key kept in the OS
// keychain, and its head and length are in the anchor. Someone holding the database file (not
// the keychain) who changes an amount and recomputes the whole chain with the unkeyed hash, or
// who cuts the last entries off, is found at the next open: shown as damage, sending held. A
// key missing from the keychain while the file has keyed entries is damage too.
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { chainHash, GENESIS_HASH } from '../../../main/desk/store/audit/audit-chain';
import { MemorySecretStore } from '../../../main/vault/memory-secret-store';
import { manualDesk, redemptionBody } from './desk-fixture';

type App = Awaited<ReturnType<typeof manualDesk>>;
const opened: App[] = [];
afterEach(async () => {
  for (const app of opened.splice(0)) await app.close().catch(() => undefined);
});

async function start(dataDir: string | undefined, keychain: MemorySecretStore) {
  const app = await manualDesk({
    ...(dataDir ? { dataDir } : {}),
    runtime: { passcodeStore: keychain },
  });
  opened.push(app);
  return app;
}

/** Quits the app (the database closed and checkpointed), leaving its folder and keychain. */
async function quit(app: App): Promise<string> {
  opened.splice(opened.indexOf(app), 1);
  await app.runtime.dispose();
  return app.dataDir;
}

/** The attacker's tool: the database file, opened directly. */
function withFile<T>(dataDir: string, work: (db: DatabaseSync) => T): T {
  const db = new DatabaseSync(join(dataDir, 'demo', 'desk.sqlite'));
  try {
    return work(db);
  } finally {
    db.close();
  }
}

/** A desk with a 4321.00 redemption queued among other decisions, then quit. */
async function deskWithHistory(keychain: MemorySecretStore) {
  const app = await start(undefined, keychain);
  const desk = app.desk();
  const big = await desk.enqueue('create_orchestration', redemptionBody('4321.00'));
  const other = await desk.enqueue('create_orchestration', redemptionBody('250.00'));
  await desk.cancelIntent(other.id);
  await desk.enqueue('create_orchestration', redemptionBody('260.00'));
  return { dataDir: await quit(app), big };
}

describe('the audit log is anchored', () => {
  it('an amount changed and the whole chain recomputed without the key: found, shown, sending held', async () => {
    const keychain = new MemorySecretStore('keychain');
    const { dataDir, big } = await deskWithHistory(keychain);
    const edited = withFile(dataDir, (db) => {
      const rows = db.prepare('SELECT seq, entry FROM audit_log ORDER BY seq').all() as {
        seq: number;
        entry: string;
      }[];
      const target = rows.find((r) => r.entry.includes('"4321.00"'));
      if (!target) throw new Error('no audit entry with the amount');
      // Change the amount, recompute every hash with the plain algorithm, and move the
      // checkpoint of the last clean walk to the new head: the file agrees with itself.
      let prev = GENESIS_HASH;
      for (const row of rows) {
        const entry =
          row.seq === target.seq ? row.entry.replace('"4321.00"', '"43.21"') : row.entry;
        const hash = chainHash(prev, entry);
        db.prepare('UPDATE audit_log SET entry = ?, prev_hash = ?, hash = ? WHERE seq = ?').run(
          entry,
          prev,
          hash,
          row.seq,
        );
        prev = hash;
      }
      db.prepare("UPDATE meta SET value = ? WHERE key = 'audit.verified'").run(
        JSON.stringify({ seq: rows.at(-1)!.seq, hash: prev }),
      );
      return target.seq;
    });

    const app = await start(dataDir, keychain);
    const storage = app.desk().storage();
    expect(storage.ok).toBe(false);
    expect(storage.sendingHeld).toBe(true);
    expect(storage.auditChainOk).toBe(false);
    expect(storage.problems).toContain(`audit entry ${edited}: content does not match its hash`);
    // The forged entry is never shown as a genuine record of 43.21.
    const page = await app.desk().auditPage({ limit: 100 });
    const shown = page.entries.find((e) => e.seq === edited);
    expect(shown?.action).toBe('audit.damaged');
    expect(JSON.stringify(page.entries.filter((e) => e.action !== 'audit.damaged'))).not.toContain(
      '43.21',
    );
    // Nothing leaves before the check with Paxos; the request itself still says 4321.00.
    expect(app.sim.control.snapshot().orchestrations.map((o) => o.ref_id)).not.toContain(big.refId);
    expect(app.desk().intentByRef(big.refId)?.payload).toMatchObject({ source_amount: '4321.00' });
  });

  it('a cut tail (the last entries deleted) is found through the anchor, shown, sending held', async () => {
    const keychain = new MemorySecretStore('keychain');
    const { dataDir } = await deskWithHistory(keychain);
    const { head, cutTo } = withFile(dataDir, (db) => {
      const last = Number(
        (db.prepare('SELECT max(seq) AS n FROM audit_log').get() as { n: number }).n,
      );
      db.prepare('DELETE FROM audit_log WHERE seq > ?').run(last - 3);
      // The checkpoint would name a missing entry: the careful attacker removes it too.
      db.prepare("DELETE FROM meta WHERE key = 'audit.verified'").run();
      return { head: last, cutTo: last - 3 };
    });

    const app = await start(dataDir, keychain);
    const storage = app.desk().storage();
    expect(storage.ok).toBe(false);
    expect(storage.sendingHeld).toBe(true);
    expect(storage.message).toMatch(/Nothing is sent until/);
    expect(storage.problems.join('\n')).toContain(
      `it ends at entry ${cutTo}, but this desk had reached entry ${head}`,
    );
    await app.desk().sync('full');
    const sent = app.sim.control.snapshot().orchestrations.map((o) => String(o.source_amount));
    expect(sent.filter((a) => ['4321.00', '250.00', '260.00'].includes(a))).toEqual([]);
  });

  it('the key missing from the keychain while the file has keyed entries is damage, then keying starts again', async () => {
    const keychain = new MemorySecretStore('keychain');
    const { dataDir } = await deskWithHistory(keychain);
    expect(await keychain.get('desk-audit-key-demo')).toMatch(/"key":"[0-9a-f]{64}"/);
    await keychain.delete('desk-audit-key-demo');

    const app = await start(dataDir, keychain);
    const storage = app.desk().storage();
    expect(storage.ok).toBe(false);
    expect(storage.sendingHeld).toBe(true);
    expect(storage.problems.join('\n')).toMatch(
      /audit log: the audit log's key is missing from the system keychain, but entries 0–\d+ were keyed with it/,
    );
    await app.desk().sync('full');
    expect(app.desk().storage().sendingHeld).toBe(false);
    await quit(app);

    // A new key was made: the next open finds a sound, keyed log.
    const again = await start(dataDir, keychain);
    expect(again.desk().storage().ok).toBe(true);
    expect(await keychain.get('desk-audit-key-demo')).toMatch(/"lost":\{"from":0,"to":\d+\}/);
  });

  it('a keychain that cannot be read at open is damage: the keyed entries cannot be checked', async () => {
    const keychain = new MemorySecretStore('keychain');
    const { dataDir } = await deskWithHistory(keychain);
    const down = new MemorySecretStore('keychain');
    down.get = async (account) => {
      if (account.startsWith('desk-audit-key-')) throw new Error('the keychain is locked');
      return keychain.get(account);
    };
    down.set = (account, secret) => keychain.set(account, secret);

    const app = await start(dataDir, down);
    const storage = app.desk().storage();
    expect(storage.ok).toBe(false);
    expect(storage.sendingHeld).toBe(true);
    expect(storage.problems.join('\n')).toContain(
      "audit log: the audit log's key cannot be read from the system keychain (the keychain is locked)",
    );
  });
});
