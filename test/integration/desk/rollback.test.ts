// The database cannot silently go back in time (issue 21): redemption A cancelled; B, C and D
// queued and acknowledged. Then the file goes back — an older copy restored, the file deleted,
// or a crash image whose WAL tail is cut mid-frame — and the desk opens on it. The anchor in the
// keychain says how far the desk had got: nothing cancelled is ever sent on the old file's word,
// every request the old file holds as queued waits for a fresh decision, and what went missing
// is named, then looked up at Paxos.
import { copyFile, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
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

const files = (dir: string) => ['desk.sqlite', 'desk.sqlite-wal'].map((f) => join(dir, 'demo', f));

/** A, B, C queued; `snapshot` runs; then A cancelled and D queued (each acknowledged). */
async function decide(app: App, snapshot: () => Promise<void>) {
  const desk = app.desk();
  const a = await desk.enqueue('create_orchestration', redemptionBody('401.00'));
  await desk.enqueue('create_orchestration', redemptionBody('402.00'));
  await desk.enqueue('create_orchestration', redemptionBody('403.00'));
  await snapshot();
  await desk.cancelIntent(a.id);
  const d = await desk.enqueue('create_orchestration', redemptionBody('404.00'));
  return { a, d };
}

/** Reopens on what is now in the folder, syncs (recheck, then flush), and reports. */
async function reopenAndSync(dataDir: string, keychain: MemorySecretStore) {
  const app = await start(dataDir, keychain);
  const storage = app.desk().storage();
  await app.desk().sync('full');
  await app.desk().sync('full');
  const sent = app.sim.control.snapshot().orchestrations.map((o) => String(o.source_amount));
  return { app, storage, after: app.desk().storage(), sent };
}

/**
 * The decisions made, then the files as they are while the desk runs (a crash image: the WAL not
 * yet folded in) put back after quitting, with `damage` done to the WAL; reopened, the desk must
 * find itself behind its anchor and never send the cancelled request.
 */
async function expectCrashImageFound(damage: (wal: string) => Promise<void>) {
  const keychain = new MemorySecretStore('keychain');
  const first = await start(undefined, keychain);
  const dir = first.dataDir;
  const image = join(dir, 'image');
  await decide(first, async () => undefined);
  await Promise.all(files(dir).map((f, i) => copyFile(f, `${image}-${i}`)));
  opened.splice(opened.indexOf(first), 1);
  await first.runtime.dispose();
  await Promise.all(files(dir).map((f) => rm(f, { force: true })));
  await Promise.all(files(dir).map((f, i) => copyFile(`${image}-${i}`, f)));
  await damage(files(dir)[1]!);
  const { storage, sent } = await reopenAndSync(dir, keychain);
  expect(storage.ok).toBe(false);
  expect(storage.problems.join('\n')).toMatch(/went back in time|differs|empty/);
  expect(sent).not.toContain('401.00');
}

describe('a database that went back in time', () => {
  it('restored from an older copy: the cancelled request is never sent, the lost one is named', async () => {
    const keychain = new MemorySecretStore('keychain');
    const first = await start(undefined, keychain);
    const dir = first.dataDir;
    const older = join(dir, 'older');
    const { a, d } = await decide(first, async () => {
      await Promise.all(
        files(dir).map((f, i) => copyFile(f, `${older}-${i}`).catch(() => undefined)),
      );
    });
    // Quit (closing checkpoints the WAL), then put the older copy back.
    opened.splice(opened.indexOf(first), 1);
    await first.runtime.dispose();
    await Promise.all(files(dir).map((f) => rm(f, { force: true })));
    await Promise.all(
      files(dir).map((f, i) => copyFile(`${older}-${i}`, f).catch(() => undefined)),
    );

    const { app, storage, after, sent } = await reopenAndSync(dir, keychain);
    expect(storage.ok).toBe(false);
    expect(storage.sendingHeld).toBe(true);
    expect(storage.message).toMatch(/damaged/);
    expect(storage.problems.join('\n')).toContain('went back in time');
    expect(storage.problems.join('\n')).toContain(d.refId);
    expect(sent).not.toContain('401.00');
    expect(app.desk().intentByRef(a.refId)?.state).not.toMatch(/^(queued|sending|submitted)$/);
    expect(after.alerts.join('\n')).toContain(
      `ref ${d.refId}), lost from the local database, was not found at Paxos`,
    );
  });

  it('deleted: every acknowledged request is named and looked up, nothing is sent', async () => {
    const keychain = new MemorySecretStore('keychain');
    const first = await start(undefined, keychain);
    const dir = first.dataDir;
    await decide(first, async () => undefined);
    const open = first
      .desk()
      .intentsIn(['queued'])
      .map((i) => i.refId);
    opened.splice(opened.indexOf(first), 1);
    await first.runtime.dispose();
    await Promise.all(files(dir).map((f) => rm(f, { force: true })));

    const { storage, after, sent } = await reopenAndSync(dir, keychain);
    expect(storage.ok).toBe(false);
    expect(storage.problems.join('\n')).toContain('empty');
    expect(open).toHaveLength(3);
    for (const refId of open) expect(after.alerts.join('\n')).toContain(`ref ${refId})`);
    expect(sent.filter((amount) => /^40[1-4]\.00$/.test(amount))).toEqual([]);
  });

  it('a crash image whose WAL is cut mid-frame: what it lost is found, nothing cancelled is sent', async () => {
    await expectCrashImageFound(async (wal) => {
      // Cut in the middle of its last frames (a torn write): SQLite drops them silently.
      await truncate(wal, Math.floor((await readFile(wal)).length * 0.6));
    });
  });

  it('a crash image with one flipped byte in its WAL: SQLite drops the frames after it, the desk says so', async () => {
    await expectCrashImageFound(async (wal) => {
      // One byte in the page data of a frame past the middle: its checksum no longer matches.
      const bytes = await readFile(wal);
      const at = Math.floor(bytes.length * 0.6);
      bytes[at] = bytes[at]! ^ 0xff;
      await writeFile(wal, bytes);
    });
  });
});
