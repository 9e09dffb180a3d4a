// A rule's drawer in the 2026 API: the deposit address and its QR code show only for an ACTIVE
// rule. PENDING says to wait for Paxos's approval, REJECTED that deposits are not converted,
// DELETED that deposits stay in the profile; in Demo, a PENDING rule can be approved or rejected.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ruleStatusMeaning, ruleTakesDeposits } from '../../shared/paxos/status-meanings';
import type { RuleView } from '../../shared/views';
import { AutoRedeemScreen } from '../../renderer/src/screens/auto-redeem/AutoRedeemScreen';
import { appState, NOW } from './support/fixtures';
import { installFakeTreasury, resetStores, seedStore } from './support/fake-treasury';

const ADDRESS = '0x1111111111111111111111111111111111111111';
const ruleWith = (status: string): RuleView => ({
  id: 'rule-1',
  nickname: 'Exchange sweeps',
  status,
  statusLabel: ruleStatusMeaning(status).label,
  takesDeposits: ruleTakesDeposits(status),
  sourceAsset: 'USDC',
  destinationAsset: 'USD',
  network: 'ETHEREUM',
  depositAddress: ADDRESS,
  fiatAccountId: 'fa-approved',
  profileId: 'prof-1',
  fetchedAt: NOW,
});

async function openRule(status: string, environment: 'demo' | 'sandbox' = 'demo') {
  seedStore(appState({ environment, rules: { items: [ruleWith(status)], asOf: NOW } }));
  const fake = installFakeTreasury({ decideDemoApproval: () => ({ done: true }) });
  const user = userEvent.setup();
  render(<AutoRedeemScreen />);
  await user.click(screen.getByRole('button', { name: 'Exchange sweeps' }));
  return { fake, user, detail: screen.getByTestId('rule-detail') };
}

function expectNoAddress(detail: HTMLElement) {
  expect(within(detail).queryByTestId('deposit-address')).toBeNull();
  expect(detail.textContent).not.toContain(ADDRESS);
  expect(detail.querySelector('svg')).toBeNull();
  expect(within(detail).queryByRole('button', { name: 'Copy deposit address' })).toBeNull();
  expect(within(detail).queryByRole('button', { name: 'Simulate a deposit' })).toBeNull();
}

beforeEach(resetStores);
afterEach(cleanup);

describe("a rule's drawer by status", () => {
  it('PENDING: awaiting approval, do not send funds yet, no address or QR', async () => {
    const { detail } = await openRule('PENDING');
    expectNoAddress(detail);
    expect(within(detail).getByTestId('rule-deposit-status').textContent).toMatch(
      /^Awaiting approval at Paxos: do not send funds yet\./,
    );
  });

  it('REJECTED: rejected by Paxos, deposits not converted, no address or QR', async () => {
    const { detail } = await openRule('REJECTED');
    expectNoAddress(detail);
    expect(within(detail).getByTestId('rule-deposit-status').textContent).toMatch(
      /^Rejected by Paxos: deposits are not converted\./,
    );
    expect(within(detail).queryByRole('button', { name: 'Delete rule…' })).toBeNull();
    expect(within(detail).queryByTestId('demo-approval')).toBeNull();
  });

  it('DELETED: deposits stay in the profile, unconverted', async () => {
    const { detail } = await openRule('DELETED');
    expectNoAddress(detail);
    expect(within(detail).getByTestId('rule-deposit-status').textContent).toMatch(
      /^Deleted: deposits stay in the profile\..*credited to the profile as USDC, unconverted/,
    );
  });

  it('a status no document names: said as Paxos wrote it, no address', async () => {
    const { detail } = await openRule('SUSPENDED');
    expectNoAddress(detail);
    expect(within(detail).getByTestId('rule-deposit-status').textContent).toContain(
      'Paxos status: SUSPENDED',
    );
  });

  it('ACTIVE: the address and its QR code', async () => {
    const { detail } = await openRule('ACTIVE');
    expect(within(detail).getByTestId('deposit-address-text').textContent).toBe(ADDRESS);
    expect(within(detail).queryByTestId('rule-deposit-status')).toBeNull();
  });

  it('in Demo a PENDING rule can be approved or rejected; elsewhere it cannot', async () => {
    const { detail, fake, user } = await openRule('PENDING');
    const control = within(detail).getByRole('form', { name: 'Demo approval at Paxos' });
    await user.click(within(control).getByRole('button', { name: 'Approve rule (demo)' }));
    expect(fake.callsOf('decideDemoApproval')).toEqual([
      { kind: 'rule', id: 'rule-1', decision: 'approve' },
    ]);
    await user.type(within(control).getByLabelText(/Rejection reason/), 'Not this network');
    await user.click(within(control).getByRole('button', { name: 'Reject rule (demo)' }));
    expect(fake.callsOf('decideDemoApproval').at(-1)).toEqual({
      kind: 'rule',
      id: 'rule-1',
      decision: 'reject',
      reason: 'Not this network',
    });
    cleanup();
    resetStores();
    const sandbox = await openRule('PENDING', 'sandbox');
    expect(within(sandbox.detail).queryByTestId('demo-approval')).toBeNull();
  });
});
