// Wire instructions against a Paxos stand-in whose list lags behind its creates: a lost answer
// is asked for again under the very ref_id written before the first POST (so Paxos, which has
// it, answers with the same record), and an answer for another profile or routing type is
// refused (answer_mismatch), never shown or kept as usable.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IncomingStore } from '../../../main/desk/incoming/incoming-store';
import {
  cachedInstructions,
  wireInstructionsFor,
} from '../../../main/desk/incoming/wire-instructions';
import { DeskDatabase } from '../../../main/desk/store/db/desk-database';
import type { PaxosClient } from '../../../main/paxos';
import { PaxosError } from '../../../main/paxos/errors';
import type {
  CreateDepositInstructionsInput,
  FiatDepositInstructions,
} from '../../../shared/paxos/deposit-instructions';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function storeOnDisk() {
  const dir = mkdtempSync(join(tmpdir(), 'wire-instructions-'));
  dirs.push(dir);
  return new IncomingStore(DeskDatabase.openIn(dir));
}

const record = (body: CreateDepositInstructionsInput, id: string): FiatDepositInstructions => ({
  id,
  profile_id: body.profile_id,
  ref_id: body.ref_id,
  status: 'VALID',
  memo_id: `MEMO${id.toUpperCase()}`,
  fiat_network_instructions: {
    wire: { routing_details: { routing_number_type: body.routing_number_type } },
  },
  created_at: '2026-12-07T12:00:00Z',
});

/** Paxos that has what it made, lists nothing yet (lagging), and loses its first answer. */
function laggingPaxos(
  options: { answer?: (body: CreateDepositInstructionsInput) => FiatDepositInstructions } = {},
) {
  const made = new Map<string, FiatDepositInstructions>();
  const posted: string[] = [];
  const client: Pick<PaxosClient, 'listAllDepositInstructions' | 'createDepositInstructions'> = {
    listAllDepositInstructions: async () => [],
    createDepositInstructions: async (body: CreateDepositInstructionsInput) => {
      posted.push(body.ref_id);
      const existing = made.get(body.ref_id);
      if (existing) return existing;
      const created = options.answer?.(body) ?? record(body, `i${made.size + 1}`);
      made.set(body.ref_id, created);
      if (posted.length === 1) throw new PaxosError('network', 'connection reset', {});
      return created;
    },
  };
  return { client, posted, made };
}

const deps = (
  store: IncomingStore,
  client: Pick<PaxosClient, 'listAllDepositInstructions' | 'createDepositInstructions'>,
) => ({
  store,
  client,
  now: () => new Date('2026-12-07T12:00:00Z'),
  record: async () => undefined,
});

describe('wire instructions, made once', () => {
  it('a lost answer is asked for again under the same ref_id, and one set exists at Paxos', async () => {
    const store = storeOnDisk();
    const paxos = laggingPaxos();
    await expect(wireInstructionsFor(deps(store, paxos.client), 'p1', 'ABA')).rejects.toMatchObject(
      {
        code: 'network',
      },
    );
    expect(store.pendingRef('p1', 'ABA')).toBe(paxos.posted[0]);
    const found = await wireInstructionsFor(deps(store, paxos.client), 'p1', 'ABA');
    expect(paxos.posted).toHaveLength(2);
    expect(new Set(paxos.posted).size).toBe(1);
    expect(paxos.made.size).toBe(1);
    expect(found.record.id).toBe('i1');
    expect(store.pendingRef('p1', 'ABA')).toBeUndefined();
  });

  it('an answer for another profile or routing type is refused and not kept as usable', async () => {
    const store = storeOnDisk();
    const paxos = laggingPaxos({
      answer: (body) => ({ ...record(body, 'x1'), profile_id: 'someone-else' }),
    });
    await wireInstructionsFor(deps(store, paxos.client), 'p1', 'SWIFT').catch(() => undefined);
    await expect(
      wireInstructionsFor(deps(store, paxos.client), 'p1', 'SWIFT'),
    ).rejects.toMatchObject({
      code: 'answer_mismatch',
    });
    expect(cachedInstructions(store, 'p1', 'SWIFT')).toBeUndefined();
  });
});
