// Realistic cached orchestrations for seeding large caches quickly (written straight into a
// CacheStore rather than created over HTTP). Shapes follow shared/paxos/responses.ts
// OrchestrationSchema as the simulator returns them once finished; contents are deterministic
// (seeded), so every run and every benchmark group measures the same data.
import { SEED_IDS } from '../main/simulator/seed';
import type { PaxosRecord } from '../main/desk/store/cache/cache-records';
import { seededRandom } from './stats';

const ASSETS = ['USDC', 'USDG', 'PYUSD', 'USDP'] as const;
const RULE_IDS = ['0b7e2f64-3c1a-4d8e-9f20-6a5b4c3d2e1f', '7d4c3b2a-1e0f-4a9b-8c7d-6e5f4a3b2c1d'];
const PROFILES = [SEED_IDS.defaultProfile, SEED_IDS.operatingProfile, SEED_IDS.payrollProfile];
/** One row in ten has this in its memo: the Activity search "z" then matches exactly 10%
 *  (no other searched field — ids, ref_ids, amounts, assets, statuses — contains a "z"). */
export const SEARCH_CHAR = 'z';
export const SEARCH_SHARE = 0.1;
/** What the Activity keystroke bench types: the store's search needs 2 characters (one is
 *  refused with "type at least 2"), so "z" is typed first and the measured keystroke is "u".
 *  "zu" matches the same 10% ("Zurich"; no id, amount, asset or status has a "z"). */
export const SEARCH_TEXT = 'zu';
const MEMOS = [
  'Vendor invoice INV-',
  'Payroll run PR-',
  'Quarterly tax Q-',
  'Supplier payment SP-',
];

function uuid(next: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** RFC 3339 with microseconds, like Paxos and the simulator. */
const stamp = (ms: number) => new Date(ms).toISOString().replace('Z', '000Z');

/**
 * Orchestration number `i` (0 = newest) of a history ending `endMs`, one every ~5 minutes.
 * 95% COMPLETED, 5% FAILED; 20% rule-triggered.
 */
export function cachedOrchestration(i: number, endMs = Date.UTC(2026, 0, 15)): PaxosRecord {
  const next = seededRandom(i * 2654435761 + 1);
  const failed = next() < 0.05;
  const ruleId = next() < 0.2 ? RULE_IDS[i % RULE_IDS.length] : undefined;
  const asset = ASSETS[Math.floor(next() * ASSETS.length)]!;
  const amount = `${Math.floor(100 + next() * 250_000)}.${String(Math.floor(next() * 100)).padStart(2, '0')}0000`;
  const profileId = PROFILES[i % PROFILES.length]!;
  const createdMs = endMs - i * 300_000 - Math.floor(next() * 60_000);
  const memo =
    i % 10 === 3
      ? `Zurich office payout ${i}`
      : `${MEMOS[i % MEMOS.length]}${String(i).padStart(6, '0')}`;
  const status = failed ? 'FAILED' : 'COMPLETED';
  return {
    id: uuid(next),
    profile_id: profileId,
    customer_id: SEED_IDS.customer,
    ref_id: ruleId ? `rule-${uuid(next)}` : `td-${uuid(next)}`,
    source_asset: asset,
    destination_asset: 'USD',
    source_amount: amount,
    source_transfer: { transfer_id: uuid(next), status: 'COMPLETED' },
    destination_transfer: { transfer_id: uuid(next), status },
    status,
    ...(failed
      ? {
          fail_reason: {
            detail: 'wire rejected by the beneficiary bank: account closed (simulated)',
          },
        }
      : {}),
    source: { profile: { profile_id: profileId } },
    destination: { fiat: { bank_account_id: SEED_IDS.operatingBankAccount, memo } },
    ...(ruleId ? { orchestration_rule_id: ruleId } : {}),
    created_at: stamp(createdMs),
    updated_at: stamp(createdMs + 6_000 + Math.floor(next() * 600_000)),
  };
}

/** Records `from`..`to-1`, for seeding in chunks (putMany) without holding 100,000 at once. */
export function cachedOrchestrations(from: number, to: number): PaxosRecord[] {
  return Array.from({ length: to - from }, (_, k) => cachedOrchestration(from + k));
}
