// The monthly statement: closing from Paxos's balance minus what moved after the month, opening
// from closing minus the month's movements, each movement with the balance after it, a failed
// redemption's return, fees, and a reconciliation that shows a difference Paxos's balance has
// but the desk's history lacks (never hides it).
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { noActivityLabels } from '../../../../main/desk/activity/activity-labels';
import {
  monthlyStatement,
  type StatementSources,
} from '../../../../main/desk/statements/monthly-statement';
import { statementCsv } from '../../../../main/desk/statements/statement-csv';
import type { Orchestration, Transfer } from '../../../../shared/paxos/responses';

const P = 'profile-1';
const redemption = (
  id: string,
  amount: string,
  created: string,
  status = 'COMPLETED',
  updated = created,
  asset = 'USDC',
): Orchestration => ({
  id,
  ref_id: `ref-${id}`,
  profile_id: P,
  source_asset: asset,
  destination_asset: 'USD',
  source_amount: amount,
  status,
  source: { profile: { profile_id: P } },
  destination: { fiat: { bank_account_id: 'bank-1' } },
  destination_transfer: { transfer_id: `wire-${id}`, status },
  created_at: created,
  updated_at: updated,
});

const sources = (over: Partial<StatementSources> = {}): StatementSources => ({
  environment: 'demo',
  environmentLabel: 'Demo',
  profileId: P,
  profileName: 'Operating reserve',
  month: '2026-11',
  now: new Date('2026-12-07T12:00:00Z'),
  orchestrations: [
    redemption('before', '5', '2026-10-30T10:00:00Z'),
    redemption('a', '40000', '2026-11-03T10:00:00Z', 'COMPLETED', '2026-11-03T10:05:00Z'),
    redemption('b', '25000.5', '2026-11-10T10:00:00Z', 'FAILED', '2026-11-10T11:00:00Z'),
    redemption('c', '1000', '2026-11-30T23:59:00Z', 'COMPLETED', '2026-12-01T00:10:00Z'),
    redemption('after', '300', '2026-12-02T09:00:00Z'),
  ],
  legs: new Map<string, Transfer>([
    [
      'wire-a',
      {
        id: 'wire-a',
        asset: 'USD',
        fee: '25',
        status: 'COMPLETED',
        updated_at: '2026-11-03T10:05:00Z',
      } as Transfer,
    ],
  ]),
  paxos: {
    balances: [
      { asset: 'USDC', available: '100000', trading: '0' },
      { asset: 'USD', available: '500', trading: '0' },
    ],
    at: '2026-12-07T12:00:00Z',
    from: 'paxos_now',
  },
  earlier: {
    balances: [
      { asset: 'USDC', available: '100000', trading: '0' },
      { asset: 'USD', available: '500', trading: '0' },
    ],
    at: '2026-12-07T11:00:00Z',
  },
  labels: noActivityLabels,
  ...over,
});

describe('monthly statement', () => {
  it('derives closing from Paxos minus later movements, opening from closing minus the month', () => {
    const s = monthlyStatement(sources());
    const usdc = s.assets.find((a) => a.asset === 'USDC')!;
    expect(usdc.paxosBalance).toBe('100000.000000');
    expect(usdc.afterPeriod).toBe('-300.000000'); // December's redemption
    expect(usdc.closing).toBe('100300.000000');
    // November: −40000, −25000.5 and its return, −1000 (created on the 30th).
    expect(usdc.movements.map((m) => [m.amount, m.balanceAfter])).toEqual([
      ['-40000.000000', '101300.000000'],
      ['-25000.500000', '76299.500000'],
      ['25000.500000', '101300.000000'],
      ['-1000.000000', '100300.000000'],
    ]);
    expect(usdc.opening).toBe('141300.000000');
    expect([usdc.debits, usdc.credits, usdc.fees]).toEqual([
      '66000.500000',
      '25000.500000',
      '0.000000',
    ]);
    // The wire fee Paxos reports on the leg is charged in USD, on top.
    const usd = s.assets.find((a) => a.asset === 'USD')!;
    expect(usd.fees).toBe('25.00');
    expect([usd.opening, usd.closing]).toEqual(['525.00', '500.00']);
    expect(usdc.reconciliation).toMatchObject({ agrees: true, difference: '0.000000' });
  });

  it('shows a difference when Paxos moved a balance the desk has no movement for', () => {
    // A deposit of 7,500 USDC arrived at Paxos between the desk's reading and now.
    const s = monthlyStatement(
      sources({
        paxos: {
          balances: [{ asset: 'USDC', available: '107500', trading: '0' }],
          at: '2026-12-07T12:00:00Z',
          from: 'paxos_now',
        },
      }),
    );
    const usdc = s.assets.find((a) => a.asset === 'USDC')!;
    expect(usdc.reconciliation).toMatchObject({ agrees: false, difference: '7500.000000' });
    expect(usdc.reconciliation.verdict).toMatch(/^Differs by 7500\.000000 USDC/);
    const csv = Papa.parse<Record<string, string>>(statementCsv(s), { header: true });
    const diff = csv.data.find((r) => r.asset === 'USDC' && r.line === 'difference');
    expect(diff?.amount).toBe('7500.000000');
    // A debit stays a number for the spreadsheet; the environment is on every line.
    const movements = csv.data.filter((r) => r.line === 'movement' && r.asset === 'USDC');
    expect(movements[0]?.amount).toBe('-40000.000000');
    expect(csv.data.filter((r) => r.line).every((r) => r.environment === 'Demo')).toBe(true);
  });

  it('says it is not reconciled when Paxos could not be asked', () => {
    const s = monthlyStatement(
      sources({ paxos: { ...sources().earlier!, from: 'last_reading' }, earlier: undefined }),
    );
    expect(s.assets[0]!.reconciliation.agrees).toBeUndefined();
    expect(s.assets[0]!.reconciliation.verdict).toMatch(/^Not reconciled: Paxos could not be/);
  });

  it('refuses a month that has not begun', () => {
    expect(() => monthlyStatement(sources({ month: '2027-01' }))).toThrow(/not begun/);
  });
});
