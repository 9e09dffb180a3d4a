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
});
