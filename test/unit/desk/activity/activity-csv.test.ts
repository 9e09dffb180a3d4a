import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { activityCsv } from '../../../../main/desk/activity/activity-csv';
import { activityLabels } from '../../../../main/desk/activity/activity-labels';
import type { Transfer } from '../../../../shared/paxos/responses';
import type { OrchestrationView } from '../../../../shared/views';

const row = (overrides: Partial<OrchestrationView>): OrchestrationView => ({
  id: 'o-1',
  refId: 'ref-1',
  status: 'COMPLETED',
  statusLabel: 'Completed',
  outcome: 'succeeded',
  kind: 'redemption',
  kindLabel: 'Redemption to a bank',
  sourceAsset: 'USDC',
  sourceAmount: '1250.50',
  destinationAsset: 'USD',
  fetchedAt: '2026-11-24T10:00:00Z',
  ...overrides,
});

const labels = activityLabels({
  fiatAccounts: [
    {
      id: 'fa-1',
      label: 'Operating account',
      accountNumberMasked: '••••6789',
      status: 'APPROVED',
      ownerName: 'Acme',
      network: 'wire',
      fetchedAt: '2026-11-24T10:00:00Z',
    },
  ],
  rules: [
    {
      id: 'rule-1',
      nickname: 'Sweep USDC',
      status: 'ACTIVE',
      statusLabel: 'Active',
      takesDeposits: true,
      fetchedAt: '2026-11-24T10:00:00Z',
    },
  ],
  profiles: [
    {
      id: 'p-1',
      nickname: 'Treasury main',
      type: 'DEFAULT',
      balances: [],
      fetchedAt: '2026-11-24T10:00:00Z',
    },
  ],
});

/** The file as records keyed by the header, the way a spreadsheet user reads it. */
function records(csv: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('activity CSV', () => {
  it.each(['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
    'neutralises a formula-looking memo %j',
    (memo) => {
      const [first] = records(activityCsv([row({ memo })]));
      expect(first!.memo!.startsWith("'")).toBe(true);
      expect(first!.memo!.slice(1)).toBe(memo);
    },
  );

  it('neutralises a formula-looking bank account label too', () => {
    const hostile = activityLabels({
      fiatAccounts: [
        {
          id: 'fa-1',
          label: '=cmd|"/c calc"!A1',
          accountNumberMasked: '••••6789',
          status: 'APPROVED',
          ownerName: '',
          network: 'wire',
          fetchedAt: '2026-11-24T10:00:00Z',
        },
      ],
      rules: [],
      profiles: [],
    });
    const [first] = records(activityCsv([row({ fiatAccountId: 'fa-1' })], hostile));
    expect(first!.destination_label).toBe(`'=cmd|"/c calc"!A1`);
  });

  it('quotes commas, quotes and newlines and keeps amounts exact', () => {
    const [first] = records(
      activityCsv([row({ memo: 'Q4, "urgent"\nline 2', sourceAmount: '12345678901234.123456' })]),
    );
    expect(first!.memo).toBe('Q4, "urgent"\nline 2');
    expect(first!.source_amount).toBe('12345678901234.123456');
  });

  it('has the columns a person reconciles with: USD, destination label and last 4, profile, rule, Paxos ids', () => {
    const [adhoc, ruled] = records(
      activityCsv(
        [
          row({
            usdReceived: '1250.50',
            fiatAccountId: 'fa-1',
            profileId: 'p-1',
            sourceLeg: { transferId: 't-src', status: 'COMPLETED' },
            destinationLeg: { transferId: 't-wire', status: 'COMPLETED' },
          }),
          row({
            id: 'o-2',
            status: 'PROCESSING',
            fiatAccountId: 'fa-1',
            profileId: 'p-1',
            ruleId: 'rule-1',
          }),
        ],
        labels,
      ),
    );
    expect(adhoc).toMatchObject({
      usd_amount: '1250.50',
      destination_label: 'Operating account',
      destination_last4: '6789',
      profile_name: 'Treasury main',
      source: 'ad hoc',
      rule_nickname: '',
      orchestration_id: 'o-1',
      ref_id: 'ref-1',
      source_transfer_id: 't-src',
      destination_transfer_id: 't-wire',
    });
    // Not completed: no USD received yet, never a guess.
    expect(ruled).toMatchObject({
      usd_amount: '',
      source: 'rule',
      rule_nickname: 'Sweep USDC',
      rule_id: 'rule-1',
      orchestration_id: 'o-2',
    });
  });
});

describe('statement facts in the CSV (shared/movement-details.ts)', () => {
  const transfer = (id: string, fields: Record<string, string>) =>
    ({ id, status: 'COMPLETED', ...fields }) as Transfer;
  const legs = new Map([
    [
      't-src',
      transfer('t-src', {
        asset: 'USDC',
        fee: '0',
        crypto_tx_hash: '0xabc123',
        created_at: '2026-11-24T09:00:00Z',
        updated_at: '2026-11-24T09:01:00Z',
      }),
    ],
    [
      't-wire',
      transfer('t-wire', {
        asset: 'USD',
        fee: '12.5',
        created_at: '2026-11-24T09:02:00Z',
        updated_at: '2026-11-24T09:30:00Z',
      }),
    ],
  ]);
  const done = row({
    sourceAmount: '40000',
    usdReceived: '40000',
    fiatAccountId: 'fa-1',
    profileId: 'p-1',
    ruleId: 'rule-1',
    createdAt: '2026-11-24T08:59:00Z',
    updatedAt: '2026-11-24T09:31:00Z',
    sourceLeg: { transferId: 't-src', status: 'COMPLETED' },
    destinationLeg: { transferId: 't-wire', status: 'COMPLETED' },
  });

  it('writes amounts with the asset’s fixed decimals, never 40000 beside 25000.50', () => {
    const [a, b] = records(activityCsv([done, row({ sourceAmount: '25000.5' })], labels));
    expect([a!.source_amount, b!.source_amount]).toEqual(['40000.000000', '25000.500000']);
    expect(a!.usd_amount).toBe('40000.00');
  });

  it('carries fee, sent and settled times, beneficiary, bank, routing and the deposit hash', () => {
    const [r] = records(activityCsv([done], labels, legs));
    expect(r).toMatchObject({
      created_at: '2026-11-24T08:59:00Z',
      sent_at: '2026-11-24T09:02:00Z',
      settled_at: '2026-11-24T09:30:00Z',
      fee: '12.50',
      fee_asset: 'USD',
      source_fee: '0.000000',
      beneficiary: 'Acme',
      destination_last4: '6789',
      deposit_tx_hash: '0xabc123',
      transfer_legs: 'read',
      status: 'COMPLETED',
      status_label: 'Completed',
    });
  });

  it('says the legs were not read (offline) instead of leaving the fee silently blank', () => {
    const [r] = records(activityCsv([done], labels));
    expect(r).toMatchObject({ fee: '', sent_at: '', transfer_legs: 'not_read' });
    // Settled is still known: Paxos reported the orchestration COMPLETED (its last update).
    expect(r!.settled_at).toBe('2026-11-24T09:31:00Z');
    const [pending] = records(activityCsv([row({ status: 'PROCESSING' })], labels, legs));
    expect(pending).toMatchObject({ settled_at: '', transfer_legs: 'none' });
  });
});
