// A page of the local file that cannot be read, found while the desk runs, marks the file to be
// set aside at the next open (replace-at-open.ts). The check with Paxos must not release the
// hold on that file: it reads the intents it can reach (ended ones by the state index, open
// ones from memory), so it can finish while an intent on the unreadable page — one the index
// misses — was never seen, and sending would resume on a file already known to lose it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { recheckHeldIntents } from '../../../../main/desk/damage-hold';
import type { DeskStores } from '../../../../main/desk/desk-stores';
import type { PaxosClient } from '../../../../main/paxos';
import {
  markReplaceAtOpen,
  REPLACE_AT_OPEN_HINT,
} from '../../../../main/desk/store/db/replace-at-open';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** Stores whose recheck has nothing to look up (so it would succeed), with sending held. */
async function heldStores() {
  const dir = await mkdtemp(join(tmpdir(), 'held-unreadable-'));
  dirs.push(dir);
  let held: string | undefined = 'the local database was found damaged';
  const health = { alerts: [] as unknown[], lastCheckError: undefined as string | undefined };
  const stores = {
    db: { path: join(dir, 'desk.sqlite') },
    health,
    intents: {
      get sendingHeld() {
        return held;
      },
      releaseSending: () => {
        held = undefined;
      },
      list: () => [],
      damaged: [],
      damagedBody: () => undefined,
    },
    audit: { append: async () => undefined },
  } as unknown as DeskStores;
  return { dir, stores, health, held: () => held };
}

const client = {} as PaxosClient;

describe('the hold on a file with an unreadable page', () => {
  it('is released by the check with Paxos when nothing marked the file', async () => {
    const s = await heldStores();
    expect(await recheckHeldIntents(s.stores, client, () => undefined)).toBe(true);
    expect(s.held()).toBeUndefined();
  });

  it('stays until the next open sets the file aside, and says so', async () => {
    const s = await heldStores();
    markReplaceAtOpen(join(s.dir, 'desk.sqlite'), 'database disk image is malformed');
    expect(await recheckHeldIntents(s.stores, client, () => undefined)).toBe(false);
    expect(s.held()).toBeDefined();
    expect(s.health.lastCheckError).toBe(REPLACE_AT_OPEN_HINT);
  });
});
