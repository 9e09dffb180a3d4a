// Issue 24.3: Overview puts attention first. Failed, rejected, queued-not-sent and needs-a-look
// items lead the screen, each with its action; section titles match their rows; stablecoins and
// USD cash are apart; no money action where the environment cannot act.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/App';
import type { AppState } from '../../shared/state';
import { appState, intent, orchestration, profile } from './support/fixtures';
import { installFakeTreasury, resetStores } from './support/fake-treasury';

beforeEach(resetStores);
afterEach(cleanup);

const failed = orchestration({
  id: 'orch-failed',
  status: 'FAILED',
  statusLabel: 'Failed',
  outcome: 'failed',
  sourceAmount: '40000',
  profileId: 'prof-1',
  failReason: 'Beneficiary bank rejected the wire',
  sourceLeg: { transferId: 'tr-1', status: 'COMPLETED' },
  destinationLeg: { transferId: 'tr-2', status: 'FAILED' },
});
const rejected = orchestration({
  id: 'orch-rejected',
  status: 'REJECTED',
  statusLabel: 'Rejected by Paxos',
  outcome: 'rejected',
  sourceAmount: '1200',
  profileId: 'prof-1',
  failReason: 'Over the approver limit',
});
const moving = orchestration({ id: 'orch-moving', sourceAmount: '500' });
const completed = orchestration({
  id: 'orch-done',
  status: 'COMPLETED',
  statusLabel: 'Completed',
  outcome: 'succeeded',
  sourceAmount: '2500',
  usdReceived: '2500',
  sourceLeg: { transferId: 'tr-3', status: 'COMPLETED' },
  destinationLeg: { transferId: 'tr-4', status: 'COMPLETED' },
});
const queued = intent({ id: 'queued-1', state: 'queued', summary: 'Redeem 750.00 USDC' });

function overview(overrides: Partial<AppState> = {}) {
  installFakeTreasury(
    {},
    appState({
      recentOrchestrations: { items: [completed, moving, failed, rejected], asOf: null },
      outbox: { items: [queued] },
      needsALook: [
        {
          collection: 'orchestrations',
          id: 'orch-odd',
          status: 'PARKED',
          message: 'This orchestration has been in status "PARKED" at Paxos since yesterday.',
        },
      ],
      ...overrides,
    }),
  );
  render(<App />);
}

describe('Overview: attention first', () => {
  it('leads with failed, rejected, queued and needs-a-look items, each with its action', async () => {
    overview();
    const attention = await screen.findByTestId('attention');
    expect(within(attention).getByRole('heading').textContent).toBe(
      'Needs your attention: 1 failed, 1 rejected by Paxos, 1 queued — not sent, 1 to look at',
    );
    const items = within(attention).getAllByRole('listitem');
    expect(
      items.map((li) => li.getAttribute('data-attention') ?? li.getAttribute('data-kind')),
    ).toEqual(['failed', 'rejected', 'queued', 'look']);
    const [fail, reject, queue, look] = items as [
      HTMLElement,
      HTMLElement,
      HTMLElement,
      HTMLElement,
    ];
    expect(fail.textContent).toMatch(/Failed:.*40,000\.00 USDC/);
    expect(fail.textContent).toContain('Beneficiary bank rejected the wire');
    // Where the money is now, not a progress bar.
    expect(within(fail).getByTestId('attention-funds').textContent).toMatch(
      /converted but the wire failed/,
    );
    expect(fail.querySelector('progress')).toBeNull();
    expect(within(fail).getByRole('button', { name: 'Open' })).toBeTruthy();
    expect(within(fail).getByRole('button', { name: 'Redeem again…' })).toBeTruthy();
    expect(reject.textContent).toContain('Over the approver limit');
    expect(within(queue).getByRole('button', { name: 'Cancel request' })).toBeTruthy();
    expect(within(queue).getByTestId('intent-state').textContent).toBe('Queued — not sent');
    expect(within(look).getByRole('button', { name: 'Open' })).toBeTruthy();
    // First on the screen: before the totals and every other section.
    const totals = screen.getByTestId('overview-totals');
    expect(
      attention.compareDocumentPosition(totals) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(screen.queryByText(/Nothing else needs a look/)).toBeNull();
  });

  it('titles say what their rows are: in flight lists only what moves, completed only what completed', async () => {
    overview();
    const flight = await screen.findByTestId('in-flight');
    expect(within(flight).getByRole('heading').textContent).toBe('Redemptions in flight: 1');
    expect(
      within(flight)
        .getAllByTestId('in-flight-row')
        .map((r) => r.getAttribute('data-orchestration-id')),
    ).toEqual(['orch-moving']);
    const done = screen.getByTestId('completed');
    expect(within(done).getByRole('heading').textContent).toBe('Completed in the last 24 hours: 1');
    expect(
      within(done)
        .getAllByTestId('completed-row')
        .map((r) => r.getAttribute('data-orchestration-id')),
    ).toEqual(['orch-done']);
    // A failed one is in neither table.
    expect(
      screen.queryAllByText('Beneficiary bank rejected the wire', { exact: false }),
    ).toHaveLength(1);
  });

  it('says nothing needs attention only when nothing does', async () => {
    overview({
      recentOrchestrations: { items: [completed], asOf: null },
      outbox: { items: [] },
      needsALook: [],
    });
    expect((await screen.findByTestId('attention-none')).textContent).toMatch(
      /^Nothing needs your attention/,
    );
    expect(screen.queryByTestId('attention')).toBeNull();
  });

  it('keeps USD cash out of the stablecoin total', async () => {
    overview({
      profiles: {
        items: [
          {
            ...profile,
            balances: [
              { asset: 'USD', available: '1000', trading: '0' },
              { asset: 'USDC', available: '500.25', trading: '0' },
              { asset: 'USDP', available: '100', trading: '0' },
            ],
          },
        ],
        asOf: null,
      },
    });
    expect((await screen.findByTestId('total-usd')).textContent).toContain('$600.25');
    expect(screen.getByTestId('total-usd').textContent).not.toContain('1,600.25');
    expect(screen.getByTestId('total-usd-cash').textContent).toContain('$1,000.00');
  });
});

describe('Overview: no money action where the environment cannot act', () => {
  it('offers Redeem and Add bank account when it can', async () => {
    overview();
    expect(await screen.findByRole('button', { name: 'Redeem to USD' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add bank account' })).toBeTruthy();
    expect(screen.queryByTestId('money-actions-unavailable')).toBeNull();
  });

  it('not connected: no Redeem, no Redeem again, and says why', async () => {
    const base = appState();
    overview({
      connection: { ...base.connection, status: 'not_configured' },
      credentials: { configured: false, storage: 'none', keychainAvailable: true },
    });
    const why = await screen.findByTestId('money-actions-unavailable');
    expect(why.textContent).toMatch(/Not connected to Paxos/);
    expect(screen.queryByRole('button', { name: 'Redeem to USD' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add bank account' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Redeem again…' })).toBeNull();
    expect(within(why).getByRole('button', { name: 'Open Settings' })).toBeTruthy();
  });

  it('a credential without the redemption capability: no Redeem, and the reason', async () => {
    overview({
      credentials: {
        configured: true,
        storage: 'keychain',
        keychainAvailable: true,
        capabilities: [
          {
            name: 'redeem',
            label: 'Redemptions',
            on: false,
            reason: 'Paxos did not grant orchestration:write_orchestration.',
          },
          { name: 'bankAccounts', label: 'Bank accounts', on: true },
        ],
      },
    });
    const why = await screen.findByTestId('money-actions-unavailable');
    expect(why.textContent).toMatch(
      /Redemptions are unavailable with this API credential\. Paxos did not grant/,
    );
    expect(screen.queryByRole('button', { name: 'Redeem to USD' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Add bank account' })).toBeTruthy();
  });

  it('"Redeem again" opens Redeem filled in, to be reviewed, nothing sent', async () => {
    const user = userEvent.setup();
    overview();
    const attention = await screen.findByTestId('attention');
    const fail = within(attention).getAllByTestId('attention-item')[0]!;
    await user.click(within(fail).getByRole('button', { name: 'Redeem again…' }));
    const amount = (await screen.findByLabelText('Amount')) as HTMLInputElement;
    expect(amount.value).toBe('40000');
    expect(screen.queryByTestId('redemption-review')).toBeNull();
  });
});
