// The add-bank-account form: problems shown next to their fields before anything is sent, the
// request body sent when valid, and main's field errors placed next to the field with the
// operator's typing kept.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BankAccountsScreen } from '../../renderer/src/screens/bank-accounts/BankAccountsScreen';
import { intent } from './support/fixtures';
import {
  FakeFailure,
  installFakeTreasury,
  resetStores,
  seedStore,
  type FakeTreasury,
} from './support/fake-treasury';

let fake: FakeTreasury;
beforeEach(() => {
  resetStores();
  seedStore();
});
afterEach(cleanup);

function errorOf(input: HTMLElement): string | null {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  const error = ids
    .map((id) => document.getElementById(id))
    .find((el) => el?.classList.contains('field__error'));
  return error?.textContent ?? null;
}

async function openForm(user: UserEvent) {
  render(<BankAccountsScreen />);
  await user.click(screen.getByRole('button', { name: 'Add bank account' }));
  // The form is a lazy chunk, loaded when first opened: slow on a loaded machine.
  return screen.findByRole('form', { name: 'Add bank account' }, { timeout: 15_000 });
}

async function fillValid(user: UserEvent, form: HTMLElement) {
  await user.type(within(form).getByLabelText('Company or institution name'), 'Example Corp');
  await user.type(within(form).getByLabelText('Account number (or IBAN)'), '74600021314512');
  await user.type(within(form).getByLabelText('Re-enter account number'), '7460 0021 3145 12');
  const owner = within(form).getByRole('group', { name: 'Owner address' });
  await user.selectOptions(within(owner).getByLabelText('Country'), 'USA');
  await user.type(within(owner).getByLabelText(/Street address/), '456 Main Street');
  const bank = within(form).getByRole('group', { name: 'Receiving bank' });
  await user.type(within(bank).getByLabelText('ABA routing number'), '031302971');
  await user.type(within(bank).getByLabelText('Bank name'), 'Customers Bank');
  await user.selectOptions(
    within(within(bank).getByRole('group', { name: 'Bank address' })).getByLabelText('Country'),
    'USA',
  );
}

// Four country selects of ~250 options each make jsdom slow on a loaded machine.
describe('add bank account form', { timeout: 30_000 }, () => {
  it('shows each problem next to its field and sends nothing', async () => {
    fake = installFakeTreasury();
    const user = userEvent.setup();
    const form = await openForm(user);
    const bank = within(form).getByRole('group', { name: 'Receiving bank' });
    await user.type(within(bank).getByLabelText('ABA routing number'), '021000022');
    const owner = within(form).getByRole('group', { name: 'Owner address' });
    await user.type(within(owner).getByLabelText(/Street address/), '12 Main St #4');
    await user.type(within(owner).getByLabelText(/City/), 'A'.repeat(36));
    await user.click(within(form).getByRole('button', { name: 'Send for review' }));

    expect(errorOf(within(form).getByLabelText('Company or institution name'))).toMatch(
      /company or institution/,
    );
    expect(errorOf(within(form).getByLabelText('Account number (or IBAN)'))).toBe(
      'Enter the account number.',
    );
    expect(errorOf(within(bank).getByLabelText('ABA routing number'))).toMatch(/check digit/);
    expect(errorOf(within(owner).getByLabelText(/Street address/))).toMatch(/Not allowed: #/);
    expect(errorOf(within(owner).getByLabelText(/City/))).toBe(
      'At most 35 characters (this has 36).',
    );
    expect(errorOf(within(owner).getByLabelText('Country'))).toMatch(/Choose the country/);
    expect(within(form).getByRole('alert').textContent).toMatch(/fields need attention/);
    expect(fake.callsOf('createFiatAccount')).toEqual([]);
  });

  it('sends a valid account and returns to the list', async () => {
    fake = installFakeTreasury({
      createFiatAccount: () =>
        intent({ kind: 'create_fiat_account', summary: 'Add bank account: Example Corp' }),
    });
    const user = userEvent.setup();
    const form = await openForm(user);
    await fillValid(user, form);
    await user.click(within(form).getByRole('button', { name: 'Send for review' }));
    expect(fake.callsOf('createFiatAccount')).toEqual([
      {
        fiat_account_owner: { institution_details: { name: 'Example Corp' } },
        fiat_network_instructions: {
          wire: {
            account_number: '74600021314512',
            fiat_account_owner_address: { country: 'USA', address1: '456 Main Street' },
            routing_details: {
              routing_number_type: 'ABA',
              routing_number: '031302971',
              bank_name: 'Customers Bank',
              bank_address: { country: 'USA' },
            },
          },
        },
      },
    ]);
    expect(await screen.findByRole('table', { name: 'Bank accounts' })).toBeTruthy();
  });

  it("puts main's validation error next to the field and keeps everything typed", async () => {
    const path = 'fiat_network_instructions.wire.routing_details.bank_name';
    fake = installFakeTreasury({
      createFiatAccount: () => {
        throw new FakeFailure({
          code: 'validation',
          message: `${path}: Paxos does not know this bank`,
          details: { field: path, issues: [{ path, message: 'Paxos does not know this bank' }] },
        });
      },
    });
    const user = userEvent.setup();
    const form = await openForm(user);
    await fillValid(user, form);
    await user.click(within(form).getByRole('button', { name: 'Send for review' }));
    const bankName = within(
      within(form).getByRole('group', { name: 'Receiving bank' }),
    ).getByLabelText('Bank name') as HTMLInputElement;
    expect(await screen.findByText('Please check the highlighted fields')).toBeTruthy();
    expect(errorOf(bankName)).toBe('Paxos does not know this bank');
    expect(bankName.value).toBe('Customers Bank');
    expect(
      (within(form).getByLabelText('Account number (or IBAN)') as HTMLInputElement).value,
    ).toBe('74600021314512');
  });

  it('keeps a half-filled form when the operator leaves and comes back', async () => {
    fake = installFakeTreasury();
    const user = userEvent.setup();
    const form = await openForm(user);
    await user.type(within(form).getByLabelText('Company or institution name'), 'Example');
    cleanup();
    render(<BankAccountsScreen />);
    expect((screen.getByLabelText('Company or institution name') as HTMLInputElement).value).toBe(
      'Example',
    );
  });
});
