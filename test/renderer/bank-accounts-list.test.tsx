// Bank accounts as an overlay drawer over a full-width list: Escape closes it and focus goes
// back (bug 13); the owner is shown even though Paxos lists accounts without it; the delete
// dialog names the rules that wire to the account; the destination picker never shows two
// identical entries (bug 10).
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RuleView } from '../../shared/views';
import { BankAccountsScreen } from '../../renderer/src/screens/bank-accounts/BankAccountsScreen';
import { forgetAccountOwners } from '../../renderer/src/hooks/useAccountOwners';
import { RedeemScreen } from '../../renderer/src/screens/redeem/RedeemScreen';
import { NOW, account, appState } from './support/fixtures';
import { installFakeTreasury, resetStores, seedStore } from './support/fake-treasury';

beforeEach(() => {
  resetStores();
  forgetAccountOwners();
});
afterEach(cleanup);

const rule = (id: string, nickname: string, fiatAccountId: string): RuleView => ({
  id,
  nickname,
  status: 'ACTIVE',
  statusLabel: 'Active',
  takesDeposits: true,
  sourceAsset: 'USDC',
  fiatAccountId,
  fetchedAt: NOW,
});

describe('bank accounts list', () => {
  it('opens the detail as a drawer that Escape closes, returning focus to the row', async () => {
    seedStore();
    installFakeTreasury({ getFiatAccount: () => ({ ...account(), details: {} }) });
    const user = userEvent.setup();
    render(<BankAccountsScreen />);
    const open = screen.getByRole('button', { name: /Operating/ });
    await user.click(open);
    const drawer = screen.getByTestId('bank-account-detail');
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(drawer).getByRole('heading', { name: 'Operating' }),
      ),
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('bank-account-detail')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Operating/ }));
  });

  it('fills in the owner Paxos leaves out of the list', async () => {
    seedStore(appState({ fiatAccounts: { items: [account({ ownerName: '' })], asOf: NOW } }));
    const fake = installFakeTreasury({
      getFiatAccount: () => ({ ...account({ ownerName: 'Acme Treasury Inc' }), details: {} }),
    });
    render(<BankAccountsScreen />);
    await waitFor(() =>
      expect(screen.getByTestId('account-owner').textContent).toBe('Acme Treasury Inc'),
    );
    expect(fake.callsOf('getFiatAccount')).toEqual([{ id: 'fa-approved' }]);
  });

  it('names the rules that wire to an account in the delete dialog', async () => {
    seedStore(
      appState({
        rules: {
          items: [
            rule('r-1', 'Exchange sweeps', 'fa-approved'),
            rule('r-2', 'Other account', 'fa-other'),
          ],
          asOf: NOW,
        },
      }),
    );
    installFakeTreasury({ getFiatAccount: () => ({ ...account(), details: {} }) });
    const user = userEvent.setup();
    render(<BankAccountsScreen />);
    await user.click(screen.getByRole('button', { name: /Operating/ }));
    await user.click(screen.getByRole('button', { name: 'Delete…' }));
    const rules = within(screen.getByRole('dialog', { name: /^Delete bank account/ })).getByTestId(
      'delete-account-rules',
    );
    expect(rules.textContent).toMatch(
      /This auto-redeem rule wires to it and will stop working:.*Exchange sweeps/,
    );
    expect(rules.textContent).not.toMatch(/Other account/);
  });

  it('shows a rejection reason when Paxos gives one', async () => {
    seedStore(appState({ fiatAccounts: { items: [account({ status: 'REJECTED' })], asOf: NOW } }));
    installFakeTreasury({
      getFiatAccount: () => ({
        ...account({ status: 'REJECTED' }),
        details: { rejection_reason: 'Beneficiary name does not match the account' },
      }),
    });
    const user = userEvent.setup();
    render(<BankAccountsScreen />);
    await user.click(screen.getByRole('button', { name: /Operating/ }));
    expect(
      (await screen.findByText(/Beneficiary name does not match/)).getAttribute('data-testid'),
    ).toBe('rejection-reason');
  });
});

describe('destination picker', () => {
  it('never shows two identical entries for look-alike accounts', () => {
    const twin = account({ id: 'fa-twin', createdAt: '2026-03-01T09:00:00Z' });
    seedStore(
      appState({
        fiatAccounts: { items: [account({ createdAt: '2026-02-01T09:00:00Z' }), twin], asOf: NOW },
      }),
    );
    installFakeTreasury();
    render(<RedeemScreen />);
    const options = within(screen.getByLabelText('Destination bank account'))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toHaveLength(3);
    expect(new Set(options).size).toBe(3);
  });
});

describe('rename', () => {
  it('renames locally through renameBankAccount, never through a Paxos update', async () => {
    seedStore();
    const fake = installFakeTreasury({
      getFiatAccount: () => ({ ...account(), details: {} }),
      renameBankAccount: ({ label }) => account({ label }),
    });
    const user = userEvent.setup();
    render(<BankAccountsScreen />);
    await user.click(screen.getByRole('button', { name: /Operating/ }));
    await user.click(screen.getByRole('button', { name: 'Rename…' }));
    const name = screen.getByLabelText('Name in Treasury Desk');
    await user.clear(name);
    await user.type(name, 'Main operating');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect(fake.callsOf('renameBankAccount')).toEqual([
      { id: 'fa-approved', label: 'Main operating' },
    ]);
    expect(fake.callsOf('updateFiatAccount')).toEqual([]);
    await waitFor(() => expect(screen.queryByLabelText('Name in Treasury Desk')).toBeNull());
  });
});
