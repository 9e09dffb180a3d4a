// The keyed audit chain (issue 21, Deliver 6): where keying begins, what an unkeyed history
// becomes, and why the first keyed entry seals the entries before it.
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { chainHash } from '../../../../../main/desk/store/audit/audit-chain';
import {
  loadAuditKeying,
  type AuditKeyStore,
} from '../../../../../main/desk/store/audit/audit-key';
import { AuditLog } from '../../../../../main/desk/store/audit/audit-log';
import { DeskDatabase } from '../../../../../main/desk/store/db/desk-database';
import { closeAfterTest, useTempDirs } from '../temp-dir';

const tempDir = useTempDirs('desk-audit-key-');

function memoryKeychain(): AuditKeyStore & { text: string | null } {
  const store = {
    text: null as string | null,
    read: async () => store.text,
    write: async (text: string) => void (store.text = text),
  };
  return store;
}

async function openLog(dataDir: string, keychain?: AuditKeyStore) {
  const db = DeskDatabase.openIn(join(dataDir, 'sandbox'));
  const keying = await loadAuditKeying(keychain, db);
  const log = new AuditLog(db, { environment: 'sandbox', user: 'jdoe', keying });
  closeAfterTest({ close: async () => db.close() });
  return { log, keying, close: () => db.close() };
}

async function append(log: AuditLog, n: number, from = 0) {
  for (let i = from; i < from + n; i += 1)
    await log.append({ action: 'redemption.create', outcome: 'requested', refId: `ref-${i}` });
}

/** Rewrites entry `seq` and every hash from it on with the plain algorithm. */
function recompute(dataDir: string, seq: number, edit: (entry: string) => string) {
  const db = new DatabaseSync(join(dataDir, 'sandbox', 'desk.sqlite'));
  const rows = db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as {
    seq: number;
    entry: string;
    prev_hash: string;
  }[];
  let prev = rows.find((r) => r.seq === seq)!.prev_hash;
  for (const row of rows.filter((r) => r.seq >= seq)) {
    const entry = row.seq === seq ? edit(row.entry) : row.entry;
    const hash = chainHash(prev, entry);
    db.prepare('UPDATE audit_log SET entry = ?, prev_hash = ?, hash = ? WHERE seq = ?').run(
      entry,
      prev,
      hash,
      row.seq,
    );
    prev = hash;
  }
  db.prepare("DELETE FROM meta WHERE key = 'audit.verified'").run();
  db.close();
}

describe('the keyed audit chain', () => {
  it('keys a log that predates keying from its next entry; the older entries stay verified', async () => {
    const dataDir = await tempDir();
    const plain = await openLog(dataDir);
    await append(plain.log, 3);
    plain.close();
    const keychain = memoryKeychain();
    const keyed = await openLog(dataDir, keychain);
    expect(keyed.log.verification.ok).toBe(true);
    expect(JSON.parse(keychain.text!)).toMatchObject({ v: 1, from: 3 });
    await append(keyed.log, 2, 3);
    expect(keyed.log.verify()).toEqual({ ok: true, checked: 5, problems: [] });
  });

  it('a recomputed unkeyed chain is found, and the first keyed entry seals the unkeyed ones before it', async () => {
    const dataDir = await tempDir();
    const plain = await openLog(dataDir);
    await append(plain.log, 3);
    plain.close();
    const keychain = memoryKeychain();
    const keyed = await openLog(dataDir, keychain);
    await append(keyed.log, 3, 3);
    keyed.close();
    // An old, unkeyed entry edited and everything after it recomputed: the keyed ones fail.
    recompute(dataDir, 1, (e) => e.replace('ref-1', 'ref-X'));
    const reopened = await openLog(dataDir, keychain);
    expect(reopened.log.verification.ok).toBe(false);
    expect(reopened.log.verification.problems).toContainEqual({
      seq: 3,
      problem: 'content does not match its hash',
    });
  });

  it('a file shorter than where keying began is keyed from where it ends', async () => {
    const dataDir = await tempDir();
    const keychain = memoryKeychain();
    keychain.text = JSON.stringify({ v: 1, key: 'ab'.repeat(32), from: 40 });
    const fresh = await openLog(dataDir, keychain);
    expect(fresh.keying.problem).toBeUndefined();
    expect(JSON.parse(keychain.text)).toMatchObject({ from: 0 });
    await append(fresh.log, 2);
    fresh.close();
    recompute(dataDir, 0, (e) => e.replace('ref-0', 'ref-Z'));
    expect((await openLog(dataDir, keychain)).log.verification.ok).toBe(false);
  });

  // The adversarial model's restarts lost the keychain each time: from the third open on, the
  // entries keyed with the first lost key read as `audit.damaged` ("does not match its hash").
  it('a key lost a second time: the entries keyed with the first lost key cannot be checked, never read as forged', async () => {
    const dataDir = await tempDir();
    for (let run = 0; run < 3; run += 1) {
      const { log, close } = await openLog(dataDir, memoryKeychain()); // the keychain emptied each time
      await append(log, 3, run * 3);
      close();
    }
    const keychain = memoryKeychain();
    const last = await openLog(dataDir, keychain);
    expect(last.log.verification.ok).toBe(true);
    expect(last.log.verify()).toEqual({ ok: true, checked: 9, problems: [] });
    expect(last.keying.problem).toMatch(/entries 0–8 were keyed with it/);
    expect(JSON.parse(keychain.text!)).toMatchObject({ from: 9, lost: { from: 0, to: 8 } });
    const { entries } = await last.log.page({ limit: 20 });
    expect(entries.map((e) => e.action)).toEqual(Array(9).fill('redemption.create'));
    // Still content-checked from the new key on: an edit there is found.
    await append(last.log, 2, 9);
    last.close();
    recompute(dataDir, 10, (e) => e.replace('ref-10', 'ref-Y'));
    expect((await openLog(dataDir, keychain)).log.verification.ok).toBe(false);
  });

  it('a keychain that cannot be read after a key was lost: no entry keyed with any key reads as forged', async () => {
    const dataDir = await tempDir();
    for (let run = 0; run < 2; run += 1) {
      const { log, close } = await openLog(dataDir, memoryKeychain());
      await append(log, 3, run * 3);
      close();
    }
    const locked: AuditKeyStore = {
      read: () => Promise.reject(new Error('locked')),
      write: () => Promise.reject(new Error('locked')),
    };
    const opened = await openLog(dataDir, locked);
    expect(opened.keying.problem).toMatch(/entries 0–5 cannot be checked/);
    expect(opened.log.verification.ok).toBe(true);
    expect(opened.log.verify()).toEqual({ ok: true, checked: 6, problems: [] });
  });
});
