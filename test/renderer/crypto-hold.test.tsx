// Convert & Hold for crypto deposits on the Auto-redeem screen: "Deposits arrive as" switches the
// form; only the networks the chosen coin is issued on are offered and a coin is never converted
// to itself; the review says the rate as Paxos states it (or that it does not) before anything is
// sent; what is sent is exactly the choice. The rule's deposit sheet marks its coin and network.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RuleView } from '../../shared/views';
import { AutoRedeemScreen } from '../../renderer/src/screens/auto-redeem/AutoRedeemScreen';
import { appState, intent, NOW } from './support/fixtures';
import { installFakeTreasury, resetStores, seedStore } from './support/fake-treasury';

const hold: RuleView = {
  id: 'rule-h',
  nickname: 'USDC in, USDG kept',
  status: 'ACTIVE',
  statusLabel: 'Active',
  takesDeposits: true,
  sourceAsset: 'USDC',
  destinationAsset: 'USDG',
  network: 'BASE',
  depositAddress: '0x1111111111111111111111111111111111111111',
  holdsDeposits: true,
  destinationProfileId: 'prof-1',
  profileId: 'prof-1',
  fetchedAt: NOW,
};

beforeEach(resetStores);
afterEach(cleanup);

const options = (label: string) =>
  within(screen.getByLabelText(label))
    .getAllByRole('option')
    .map((o) => o.getAttribute('value'));

describe('Convert & Hold for crypto deposits', () => {
  it('offers only what can be deposited and converted, reviews, then sends exactly the choice', async () => {
    seedStore();
    const fake = installFakeTreasury({
      createConvertHoldRule: () => intent({ kind: 'create_rule' }),
    });
    const user = userEvent.setup();
    render(<AutoRedeemScreen />);
    await user.click(screen.getByRole('button', { name: 'New Convert & Hold rule' }));
    await user.selectOptions(
      await screen.findByLabelText('Deposits arrive as', {}, { timeout: 15_000 }),
      'crypto',
    );
    await user.selectOptions(screen.getByLabelText('Deposited coin'), 'USDG');
    expect(options('Deposit network')).toEqual(['ETHEREUM', 'SOLANA']);
    expect(options('Convert to')).not.toContain('USDG');
    await user.selectOptions(screen.getByLabelText('Deposited coin'), 'PYUSD');
    await user.selectOptions(screen.getByLabelText('Deposit network'), 'SOLANA');
    await user.selectOptions(screen.getByLabelText('Convert to'), 'USDP');
    await user.selectOptions(screen.getByLabelText('Keep in profile'), 'prof-1');
    await user.click(screen.getByRole('button', { name: 'Review' }));
    const review = screen.getByTestId('hold-review');
    expect(review.textContent).toContain('Every PYUSD deposit on Solana');
    // Between Paxos's own coins the rate is 1:1 as Paxos states it.
    expect(review.textContent).toContain('1:1, as Paxos states it');
    expect(fake.callsOf('createConvertHoldRule')).toEqual([]);
    await user.click(within(review).getByRole('button', { name: 'Create rule' }));
    expect(fake.callsOf('createConvertHoldRule')).toEqual([
      { profileId: 'prof-1', depositAsset: 'PYUSD', network: 'SOLANA', asset: 'USDP' },
    ]);
    // The form loads lazily: generous on a loaded machine.
  }, 30_000);

  it("the deposit sheet shows the address and marks the rule's coin and network among those supported", async () => {
    seedStore(appState({ rules: { items: [hold], asOf: NOW } }));
    installFakeTreasury({});
    const user = userEvent.setup();
    render(<AutoRedeemScreen />);
    await user.click(screen.getByRole('button', { name: 'USDC in, USDG kept' }));
    const detail = screen.getByTestId('rule-detail');
    expect(within(detail).getByTestId('deposit-address-text').textContent).toBe(
      hold.depositAddress,
    );
    const supported = within(detail).getByTestId('supported-deposits');
    expect(supported.textContent).toContain('this rule: USDC on Base only');
    expect(within(supported).getByText('Base (this rule)')).toBeTruthy();
    expect(within(detail).getByTestId('crypto-hold-facts').textContent).toContain(
      'Deposits to the address stay USDC in the profile',
    );
  });
});
