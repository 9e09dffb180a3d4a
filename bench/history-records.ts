// The history the `bench:history` run measures: bench/orchestration-records.ts's records (one
// every 5 minutes, 95% COMPLETED, 20% by rule, 10% "Zurich", ~22% "Payroll"), spread over four
// bank accounts; the days the run pretends it is; and a stand-in Paxos client for light cycles
// (events and the orchestrations they name, from memory: no HTTP, so a cycle costs the desk's
// own work only).
import type { PaxosClient } from '../main/paxos';
import type { PaxosRecord } from '../main/desk/store/cache/cache-records';
import type { SearchNames } from '../main/desk/activity/activity-filter';
import { SEED_IDS } from '../main/simulator/seed';
import { cachedOrchestration } from './orchestration-records';
import { seededRandom } from './stats';

/** Bumped whenever the records or the seeding change: part of the cached databases' key. */
export const GENERATION = 'h2';
export const END_MS = Date.UTC(2026, 0, 15);
const HOUR = 60 * 60 * 1000;
/** Quiet day: two days after the newest record, so nothing changed in the last 24 hours. */
export const QUIET_NOW = new Date(END_MS + 48 * HOUR);
/** Busy day: just after the newest record, so the last 288 (one per 5 minutes) changed in 24 h. */
export const BUSY_NOW = new Date(END_MS + 15 * 60_000);
export const BANKS = [
  SEED_IDS.operatingBankAccount,
  '6f1e2d3c-4b5a-4c9d-8e7f-1a2b3c4d5e6f',
  '9a8b7c6d-5e4f-4a3b-9c2d-1e0f2a3b4c5d',
  'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e',
] as const;
export const RULE = '0b7e2f64-3c1a-4d8e-9f20-6a5b4c3d2e1f';
/** How the Activity search names accounts and rules (activity-filter.ts's searchNames). */
export const NAMES: SearchNames = {
  bankAccounts: [
    { id: BANKS[0], label: 'Operating ••••1234' },
    { id: BANKS[1], label: 'Vendors ••••2045' },
    { id: BANKS[2], label: 'Tax escrow ••••3310' },
    { id: BANKS[3], label: 'Treasury reserve ••••7788' },
  ],
  rules: [
    { id: RULE, nickname: 'Nightly sweep' },
    { id: '7d4c3b2a-1e0f-4a9b-8c7d-6e5f4a3b2c1d', nickname: 'Month-end' },
  ],
};

export function historyRecord(i: number, seed: number): PaxosRecord {
  const r = cachedOrchestration(i, END_MS);
  const bank = BANKS[Math.floor(seededRandom(seed * 7919 + i)() * BANKS.length)]!;
  const destination = r.destination as { fiat: Record<string, unknown> };
  return { ...r, destination: { fiat: { ...destination.fiat, bank_account_id: bank } } };
}

export const historyRecords = (from: number, to: number, seed: number) =>
  Array.from({ length: to - from }, (_, k) => historyRecord(from + k, seed));

/** The same record, changed at `at` (status PROCESSING while in flight). */
export function changed(record: PaxosRecord, status: string, at: Date): PaxosRecord {
  return { ...record, status, updated_at: at.toISOString().replace('Z', '000Z') };
}

/**
 * A Paxos client answering a light cycle from memory: `announce` queues status changes (an
 * event each, and the record List Orchestrations then returns); everything else is empty.
 */
export function stubClient(now: () => Date) {
  const records = new Map<string, PaxosRecord>();
  let events: {
    id: string;
    type: string;
    object_type: string;
    object: { id: string };
    created_at: string;
  }[] = [];
  let n = 0;
  const client = {
    coolDownUntil: () => null,
    // Every capability granted (the sync engine asks before each step; without this the cycle
    // threw at its first question and the bench timed an exception path).
    canCall: async () => true,
    retryNow: () => undefined,
    listAllProfiles: async () => [],
    listBalances: async () => [],
    listAllFiatAccounts: async () => [],
    listAllRules: async () => [],
    listAllOrchestrations: async () =>
      [...records.values()].filter((r) => r.status === 'PROCESSING'),
    iterateOrchestrations: async function* () {},
    async *iterateEvents() {
      const batch = events;
      events = [];
      yield* batch;
    },
    // What the light cycle reads (event-step.ts): the new events as one page.
    async *iterateEventPages() {
      const batch = events;
      events = [];
      if (batch.length > 0) yield batch;
    },
    listOrchestrations: async ({ orchestration_id = [] }: { orchestration_id?: string[] }) => ({
      items: orchestration_id.map((id) => records.get(id)).filter((r) => r !== undefined),
    }),
  };
  return {
    client: client as unknown as PaxosClient,
    announce(updates: readonly PaxosRecord[]): void {
      for (const r of updates) {
        records.set(String(r.id), r);
        n += 1;
        const at = now()
          .toISOString()
          .replace('Z', `${String(n % 1000).padStart(3, '0')}Z`);
        events.push({
          id: `bench-event-${n}`,
          type: 'orchestration.status_change',
          object_type: 'orchestration_status_change',
          object: { id: String(r.id) },
          created_at: at,
        });
      }
    },
  };
}
