// Overview's position: USD cash, each stablecoin, what is arriving (pending incoming wires, the
// unmatched ones named), what converts inside Paxos (a mint, by its assets) and what leaves (a
// wire out); an ended orchestration is not moving.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/App';
import { position } from '../../renderer/src/model/position';
import { appState, NOW, orchestration, profile } from './support/fixtures';
import { installFakeTreasury, resetStores } from './support/fake-treasury';
import type { IncomingWireView } from '../../shared/money-in';

beforeEach(resetStores);
afterEach(cleanup);

const wire = (overrides: Partial<IncomingWireView>): IncomingWireView => ({
  id: 'w-1',
  status: 'PENDING',
  amount: '250000.00',
  fee: '10.00',
  memo: 'AB9YSNQHTZJE2SGM',
  createdAt: NOW,
  fetchedAt: NOW,
  ...overrides,
});
const cashProfile = {
  ...profile,
  balances: [...profile.balances, { asset: 'USD', available: '1000.50', trading: '0' }],
};
const moving = [
  orchestration({ id: 'o-out' }),
  orchestration({
    id: 'o-mint',
    kind: 'mint',
    sourceAsset: 'USD',
    destinationAsset: 'USDC',
    sourceAmount: '500',
    fiatAccountId: undefined,
  }),
  orchestration({ id: 'o-done', status: 'COMPLETED', outcome: 'succeeded', sourceAmount: '7' }),
];
const wires = [
  wire({ id: 'w-1', expectedId: 'ew-1', expectedNote: 'Q4 funding' }),
  wire({ id: 'w-2', amount: '1234.56' }),
  wire({ id: 'w-3', status: 'COMPLETED', amount: '99.00', received: '89' }),
];

describe('the position', () => {
  it('sums cash and stablecoins, and sorts what moves into arriving, converting and leaving', () => {
    const p = position([cashProfile], moving, wires);
    expect(p.cashUsd).toBe('1000.5');
    expect(p.stablecoins.map((s) => s.asset)).toEqual(['USDC', 'USDP']);
    expect(p.arriving).toEqual({ totalUsd: '251234.56', count: 2, unmatched: 1 });
    expect(p.converting).toEqual([
      { what: 'USD → USDC', sourceAsset: 'USD', total: '500', count: 1 },
    ]);
    expect(p.leaving).toEqual([
      { what: 'USDC → bank wire', sourceAsset: 'USDC', total: '1000', count: 1 },
    ]);
  });

  it('is on Overview, naming the unmatched incoming wire', async () => {
    installFakeTreasury(
      {},
      appState({
        profiles: { items: [cashProfile], asOf: NOW },
        recentOrchestrations: { items: moving, asOf: NOW },
        incomingWires: { wires, expected: [], asOf: NOW },
      }),
    );
    render(<App />);
    const section = await screen.findByTestId('overview-position');
    expect(within(section).getByTestId('position-arriving').textContent).toContain(
      '1 unmatched incoming wire',
    );
    expect(within(section).getByTestId('position-converting').textContent).toContain('USD → USDC');
    expect(within(section).getByTestId('position-leaving').textContent).toContain('bank wire');
    expect(within(section).getAllByText('Unmatched incoming wire')).toHaveLength(1);
  });
});
