// A Desk on a real data folder against one long-lived simulator (so "check with Paxos" means
// the same Paxos across restarts), with timers that never fire: the test runs each cycle.
import { cp, mkdtemp, open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Desk } from '../../../main/desk/desk';
import type { StorageFaults } from '../../../main/desk/store/db/storage-faults';
import { createPaxosClient } from '../../../main/paxos';
import { startSimulator, type RunningSimulator } from '../../../main/simulator';
import { defaultSettings } from '../../../shared/settings';

export const manualTimers = { setTimeout: () => 0, clearTimeout: () => undefined };

export interface StorageWorld {
  sim: RunningSimulator;
  profileId: string;
  bankAccountId: string;
  open(dataDir: string, faults?: StorageFaults): Promise<Desk>;
  redemption(amount: string): Record<string, unknown>;
  refsAtPaxos(): Set<string>;
}

export async function storageWorld(): Promise<StorageWorld> {
  const sim = await startSimulator({ seed: 99, rateLimits: { enabled: false } });
  const world = sim.control.snapshot();
  const bank = world.fiatAccounts.find((a) => a.status === 'APPROVED' && !a.deleted);
  const profile = world.profiles.find((p) => p.type === 'DEFAULT');
  if (!bank || !profile)
    throw new Error('simulator seed lacks an approved account or default profile');
  sim.control.setBalance(profile.id, 'USDC', '100000000.000000');
  const client = createPaxosClient({
    environment: 'sandbox',
    endpoints: { apiUrl: sim.url, tokenUrl: sim.tokenUrl },
    env: {},
    getCredentials: async () => sim.credentials,
    timeoutMs: 5_000,
    tokenMinIntervalMs: 0,
    backoff: { baseDelayMs: 10, maxDelayMs: 50, maxAttempts: 3 },
  });
  return {
    sim,
    profileId: profile.id,
    bankAccountId: String(bank.id),
    open: (dataDir, faults) =>
      Desk.open({
        environment: 'sandbox',
        dataDir,
        user: 'operator',
        client,
        settings: () => ({ ...defaultSettings, onboarded: true }),
        notifier: { show: () => undefined },
        now: () => new Date(),
        onChange: () => undefined,
        onReachability: () => undefined,
        onSynced: () => undefined,
        onNotificationClick: () => undefined,
        timers: manualTimers,
        ...(faults ? { storageFaults: faults } : {}),
      }),
    redemption: (amount) => ({
      source_asset: 'USDC',
      destination_asset: 'USD',
      source_amount: amount,
      source: { profile: { profile_id: profile.id } },
      destination: { fiat: { bank_account_id: String(bank.id) } },
    }),
    refsAtPaxos: () => new Set(sim.control.snapshot().orchestrations.map((o) => String(o.ref_id))),
  };
}

export async function copyDir(from: string): Promise<string> {
  const to = await mkdtemp(join(tmpdir(), 'td-storage-'));
  await cp(from, to, { recursive: true });
  return to;
}

/** Damages the b-tree page holding `marker` (its page-type byte, pages of 8 KB): quick_check reports it. */
export async function damagePageHolding(file: string, marker: string): Promise<number> {
  const PAGE_SIZE = 8192;
  const handle = await open(file, 'r+');
  try {
    const bytes = await handle.readFile();
    const at = bytes.indexOf(Buffer.from(marker));
    if (at < 0) throw new Error(`${marker} is not in the file`);
    const page = Math.floor(at / PAGE_SIZE);
    await handle.write(Buffer.from([0x00]), 0, 1, page * PAGE_SIZE);
    return page;
  } finally {
    await handle.close();
  }
}
