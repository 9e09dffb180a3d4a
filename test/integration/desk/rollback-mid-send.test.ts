// Mid-send after a rollback (issue 21, Deliver 1): the older copy of the database holds a
// redemption as `sending` — the mark is fsynced before the request leaves, so the file cannot
// say whether it left. Put back after the desk moved on, that copy must not make the desk send it
// again: it is looked up at Paxos by its ref_id before anything, follows the record Paxos has if
// it went out, and waits for the operator (never resent on its own) if it did not.
import { copyFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RequestEvent } from '../../../main/paxos';
import { startSimulator, type RunningSimulator } from '../../../main/simulator';
import { MemorySecretStore } from '../../../main/vault/memory-secret-store';
import { manualDesk, redemptionBody } from './desk-fixture';

type App = Awaited<ReturnType<typeof manualDesk>>;
const opened: App[] = [];
let sim: RunningSimulator | undefined;
afterEach(async () => {
  for (const app of opened.splice(0)) await app.close().catch(() => undefined);
  await sim?.close();
  sim = undefined;
});

const files = (dir: string) => ['desk.sqlite', 'desk.sqlite-wal'].map((f) => join(dir, 'demo', f));

/** A runtime on `dataDir` (a new one when undefined) that records every request to Paxos. */
async function start(dataDir: string | undefined, keychain: MemorySecretStore, seen: string[]) {
  const app = await manualDesk({
    ...(dataDir ? { dataDir } : {}),
    runtime: {
      passcodeStore: keychain,
      // One Paxos across both runs: what the first sent is there when the second looks.
      startDemoSimulator: async () => ({ ...sim!, close: async () => undefined }),
      clientOptions: {
        timeoutMs: 3000,
        backoff: { baseDelayMs: 20, maxDelayMs: 200, maxAttempts: 3 },
        onRequest: (event: RequestEvent) => seen.push(`${event.method} ${event.path}`),
      },
    },
  });
  opened.push(app);
  return app;
}

/**
 * A redemption marked `sending`; a copy of the files taken then; `after` moves the desk on; quit,
 * the copy put back, reopened and synced twice (the check with Paxos, then a flush).
 */
async function rolledBackMidSend(after: (app: App, id: string) => Promise<void>) {
  sim = await startSimulator({
    seed: 7,
    timing: { fiatApprovalMs: 800, orchestrationStepMs: 300 },
  });
  const keychain = new MemorySecretStore('keychain');
  const seen: string[] = [];
  const first = await start(undefined, keychain, seen);
  const dir = first.dataDir;
  const desk = first.desk();
  const intent = await desk.enqueue('create_orchestration', redemptionBody('512.00'));
  await desk.partsForTests.intents.markSending(intent.id);
  const copy = join(dir, 'mid-send');
  await Promise.all(files(dir).map((f, i) => copyFile(f, `${copy}-${i}`).catch(() => undefined)));
  await after(first, intent.id);
  opened.splice(opened.indexOf(first), 1);
  await first.runtime.dispose();
  await Promise.all(files(dir).map((f) => rm(f, { force: true })));
  await Promise.all(files(dir).map((f, i) => copyFile(`${copy}-${i}`, f).catch(() => undefined)));

  const creates = () => seen.filter((r) => r === 'POST /v2/orchestration/orchestrations').length;
  const createsBefore = creates();
  const app = await start(dir, keychain, seen);
  const atOpen = app.desk().intent(intent.id);
  const storage = app.desk().storage();
  await app.desk().sync('full');
  await app.desk().sync('full');
  await app.desk().flush();
  const atPaxos = sim.control.snapshot().orchestrations.filter((o) => o.ref_id === intent.refId);
  return { app, intent, atOpen, storage, atPaxos, creates: creates() - createsBefore, seen };
}

describe('a rolled-back file that holds a request mid-send', () => {
  it('sent meanwhile: found at Paxos by its ref_id and followed, never sent again', async () => {
    const r = await rolledBackMidSend(async (app) => {
      await app.desk().flush(); // looked up (absent), then sent: Paxos has it
      await app.desk().sync('full');
    });
    expect(r.storage.ok).toBe(false);
    expect(r.storage.sendingHeld).toBe(true);
    expect(r.atOpen?.state).not.toBe('sending');
    expect(r.atOpen?.state).not.toBe('queued');
    expect(r.atPaxos).toHaveLength(1);
    expect(r.creates).toBe(0);
    const after = r.app.desk().intent(r.intent.id);
    expect(after?.state).toMatch(/^(submitted|completed)$/);
    expect(after?.result?.paxosId).toBe(r.atPaxos[0]?.id);
  });

  it('never sent while the desk moved on: looked up, not found, and it waits for the operator instead of being resent', async () => {
    const r = await rolledBackMidSend(async (app) => {
      // Other decisions are made (the anchor moves on); the request itself never leaves.
      const other = await app.desk().enqueue('create_orchestration', redemptionBody('64.00'));
      await app.desk().cancelIntent(other.id);
    });
    expect(r.storage.sendingHeld).toBe(true);
    expect(r.atPaxos).toHaveLength(0);
    expect(r.creates).toBe(0);
    // Looked up by its ref_id at Paxos before anything.
    expect(r.seen.some((s) => s.startsWith('GET /v2/orchestration/orchestrations'))).toBe(true);
    expect(r.app.desk().intent(r.intent.id)).toMatchObject({
      state: 'needs_attention',
      attentionReason: 'database_rolled_back',
    });
  });
});
