// Auto-redeem: networks offered per coin, the rule's deposit address with QR and warning,
// delete explaining unconverted deposits, and the Demo-only simulated deposit.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RuleView } from '../../shared/views';
import { AutoRedeemScreen } from '../../renderer/src/screens/auto-redeem/AutoRedeemScreen';
import { appState, intent, NOW } from './support/fixtures';
import { installFakeTreasury, resetStores, seedStore } from './support/fake-treasury';

const rule: RuleView = {
  id: 'rule-1',
  nickname: 'Exchange sweeps',
  status: 'ACTIVE',
  statusLabel: 'Active',
  takesDeposits: true,
  sourceAsset: 'USDG',
  destinationAsset: 'USD',
  network: 'SOLANA',
  depositAddress: '7xKXtg2CW87d97TXJSDpbD5jBkheTqA83TZRuJosgAsU',
  fiatAccountId: 'fa-approved',
  profileId: 'prof-1',
  fetchedAt: NOW,
};

beforeEach(resetStores);
afterEach(cleanup);

describe('auto-redeem', () => {
  it('offers only the networks of the chosen coin, reviews the rule, then sends it', async () => {
    seedStore();
    const fake = installFakeTreasury({ createRule: () => intent({ kind: 'create_rule' }) });
    const user = userEvent.setup();
    render(<AutoRedeemScreen />);
    await user.click(screen.getByRole('button', { name: 'New rule' }));
    // The form is loaded on first use.
    await user.selectOptions(await screen.findByLabelText('Stablecoin'), 'USDG');
    const networks = within(screen.getByLabelText('Network'))
      .getAllByRole('option')
      .map((o) => o.getAttribute('value'));
    expect(networks).toEqual(['', 'ETHEREUM', 'SOLANA']);
    await user.click(screen.getByRole('button', { name: 'Review rule' }));
    expect(screen.getByText('Choose the network the deposits will arrive on.')).toBeTruthy();
    expect(fake.callsOf('createRule')).toEqual([]);

    await user.type(screen.getByLabelText(/Nickname/), 'Exchange sweeps');
    await user.selectOptions(screen.getByLabelText('Profile'), 'prof-1');
    await user.selectOptions(screen.getByLabelText('Network'), 'SOLANA');
    await user.selectOptions(screen.getByLabelText('Destination bank account'), 'fa-approved');
    await user.click(screen.getByRole('button', { name: 'Review rule' }));
    // A rule wires money automatically: nothing is sent before the review is confirmed.
    const review = screen.getByTestId('rule-review');
    expect(fake.callsOf('createRule')).toEqual([]);
    expect(within(review).getByTestId('rule-review-headline').textContent).toBe(
      'Every USDG deposit on Solana → converted 1:1 to USD → wired to Operating, with no further confirmation.',
    );
    expect(within(review).getByTestId('rule-review-destination').textContent).toMatch(
      /Operating · Example Corp · First Bank · ABA 021000021 · …4512/,
    );
    await user.click(within(review).getByRole('button', { name: 'Back to edit' }));
    expect((screen.getByLabelText(/Nickname/) as HTMLInputElement).value).toBe('Exchange sweeps');
    await user.click(screen.getByRole('button', { name: 'Review rule' }));
    await user.click(screen.getByRole('button', { name: 'Create rule' }));
    expect(fake.callsOf('createRule')).toEqual([
      {
        profileId: 'prof-1',
        asset: 'USDG',
        network: 'SOLANA',
        fiatAccountId: 'fa-approved',
        nickname: 'Exchange sweeps',
      },
    ]);
  });

  it('shows the deposit address with QR code, network, copy button and warning', async () => {
    seedStore(appState({ rules: { items: [rule], asOf: NOW } }));
    installFakeTreasury();
    const user = userEvent.setup();
    render(<AutoRedeemScreen />);
    await user.click(screen.getByRole('button', { name: 'Exchange sweeps' }));
    const address = screen.getByTestId('deposit-address');
    expect(within(address).getByTestId('deposit-address-text').textContent).toBe(
      rule.depositAddress,
    );
    // The QR code is loaded on first use.
    await waitFor(() => expect(address.querySelector('svg')).not.toBeNull());
    expect(within(address).getByRole('button', { name: 'Copy deposit address' })).toBeTruthy();
    expect(within(address).getByRole('note').textContent).toMatch(/Send only USDG on Solana/);
    expect(screen.getByRole('button', { name: 'Simulate a deposit' })).toBeTruthy();
  });

  it('closes the rule drawer with Escape', async () => {
    seedStore(appState({ rules: { items: [rule], asOf: NOW } }));
    installFakeTreasury();
    const user = userEvent.setup();
    render(<AutoRedeemScreen />);
    await user.click(screen.getByRole('button', { name: 'Exchange sweeps' }));
    expect(screen.getByTestId('rule-detail')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('rule-detail')).toBeNull();
  });

  it('explains before deleting that later deposits stay unconverted', async () => {
    seedStore(appState({ rules: { items: [rule], asOf: NOW } }));
    const fake = installFakeTreasury({ deleteRule: () => intent({ kind: 'delete_rule' }) });
    const user = userEvent.setup();
    render(<AutoRedeemScreen />);
    await user.click(screen.getByRole('button', { name: 'Exchange sweeps' }));
    await user.click(screen.getByRole('button', { name: 'Delete rule…' }));
    // The rule's drawer is a (non-modal) dialog too: the confirmation is the one named Delete.
    const dialog = screen.getByRole('dialog', { name: /^Delete the rule/ });
    expect(dialog.textContent).toMatch(/credited to the profile as USDG, unconverted/);
    await user.click(within(dialog).getByRole('button', { name: 'Delete rule' }));
    expect(fake.callsOf('deleteRule')).toEqual([{ id: 'rule-1' }]);
  });

  it('offers a simulated deposit only in Demo', async () => {
    seedStore(appState({ environment: 'sandbox', rules: { items: [rule], asOf: NOW } }));
    installFakeTreasury();
    const user = userEvent.setup();
    render(<AutoRedeemScreen />);
    await user.click(screen.getByRole('button', { name: 'Exchange sweeps' }));
    expect(screen.queryByRole('button', { name: 'Simulate a deposit' })).toBeNull();
  });
});
