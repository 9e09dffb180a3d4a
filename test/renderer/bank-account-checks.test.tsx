// Issue 24, item 6: the account number typed twice (a slip between the two is caught in place,
// paste allowed), an IBAN and a BIC of different countries flagged and sent only once ticked,
// the bank name not pretended to be looked up, and chips that follow the account's status.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BankAccountsScreen } from '../../renderer/src/screens/bank-accounts/BankAccountsScreen';
import { useDraftStore } from '../../renderer/src/store/draft-store';
import { account, appState, intent } from './support/fixtures';
import { installFakeTreasury, resetStores, seedStore } from './support/fake-treasury';

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
  // The form is loaded when first opened (a lazy chunk): slow on a loaded machine.
  return screen.findByRole('form', { name: 'Add bank account' }, { timeout: 15_000 });
}

/** A German IBAN account; the BIC and the second entry are the test's. */
async function fillSwift(user: UserEvent, form: HTMLElement, bic: string, repeat: string) {
  await user.type(within(form).getByLabelText('Company or institution name'), 'Acme Europe GmbH');
  fireEvent.change(within(form).getByLabelText('Account number (or IBAN)'), {
    target: { value: 'DE89 3704 0044 0532 0130 00' },
  });
  fireEvent.change(within(form).getByLabelText('Re-enter account number'), {
    target: { value: repeat },
  });
  const owner = within(form).getByRole('group', { name: 'Owner address' });
  await user.selectOptions(within(owner).getByLabelText('Country'), 'DEU');
  const bank = within(form).getByRole('group', { name: 'Receiving bank' });
  await user.selectOptions(within(bank).getByLabelText('Routing type'), 'SWIFT');
  fireEvent.change(within(bank).getByLabelText('SWIFT / BIC code'), { target: { value: bic } });
  await user.type(within(bank).getByLabelText('Bank name'), 'Deutsche Bank');
  await user.selectOptions(
    within(within(bank).getByRole('group', { name: 'Bank address' })).getByLabelText('Country'),
    'DEU',
  );
}

const send = (user: UserEvent, form: HTMLElement) =>
  user.click(within(form).getByRole('button', { name: 'Send for review' }));

describe('bank account checks before sending', { timeout: 30_000 }, () => {
  it('refuses two different account numbers in place, and sends once they match', async () => {
    const fake = installFakeTreasury({
      createFiatAccount: () => intent({ kind: 'create_fiat_account' }),
    });
    const user = userEvent.setup();
    const form = await openForm(user);
    await fillSwift(user, form, 'DEUTDEFF', 'DE89 3704 0044 0532 0130 01');
    await send(user, form);
    const repeat = within(form).getByLabelText('Re-enter account number') as HTMLInputElement;
    expect(errorOf(repeat)).toBe(
      'The two account numbers differ: check both against the bank letter.',
    );
    expect(repeat.value).toBe('DE89 3704 0044 0532 0130 01');
    expect(fake.callsOf('createFiatAccount')).toEqual([]);

    // Pasting the number is allowed; spacing and case do not matter, the digits do.
    await user.clear(repeat);
    await user.click(repeat);
    await user.paste('de89370400440532013000');
    expect(repeat.value).toBe('de89370400440532013000');
    await send(user, form);
    const sent = fake.callsOf('createFiatAccount') as Record<string, unknown>[];
    expect(sent).toHaveLength(1);
    // Only the number goes to main: the second entry is the form's own check.
    expect(JSON.stringify(sent[0])).toContain('"account_number":"DE89370400440532013000"');
    expect(JSON.stringify(sent[0])).not.toMatch(/repeat|acknowledged/);
  });

  it('asks for the number again when the second field is empty', async () => {
    installFakeTreasury();
    const user = userEvent.setup();
    const form = await openForm(user);
    await fillSwift(user, form, 'DEUTDEFF', '');
    await send(user, form);
    expect(errorOf(within(form).getByLabelText('Re-enter account number'))).toBe(
      'Type the account number again, to check it.',
    );
  });

  it('flags a German IBAN with a French BIC, and sends only once the operator ticks it', async () => {
    const fake = installFakeTreasury({
      createFiatAccount: () => intent({ kind: 'create_fiat_account' }),
    });
    const user = userEvent.setup();
    const form = await openForm(user);
    await fillSwift(user, form, 'BNPAFRPP', 'DE89370400440532013000');
    const notice = within(form).getByTestId('country-mismatch');
    expect(notice.textContent).toMatch(
      /IBAN is for Germany \(DE\).*SWIFT\/BIC is in France \(FR\)/,
    );
    await send(user, form);
    const box = within(notice).getByRole('checkbox');
    expect(errorOf(box)).toMatch(/Check both with the account owner, then tick the box/);
    expect(fake.callsOf('createFiatAccount')).toEqual([]);

    await user.click(box);
    // A different BIC country is a new question: the tick was for DE/FR only.
    const bic = within(within(form).getByRole('group', { name: 'Receiving bank' })).getByLabelText(
      'SWIFT / BIC code',
    );
    fireEvent.change(bic, { target: { value: 'ABNANL2A' } });
    expect(
      (within(form).getByRole('checkbox', { name: /go together/ }) as HTMLInputElement).checked,
    ).toBe(false);
    fireEvent.change(bic, { target: { value: 'BNPAFRPP' } });
    expect(
      (within(form).getByRole('checkbox', { name: /go together/ }) as HTMLInputElement).checked,
    ).toBe(true);
    await send(user, form);
    expect(fake.callsOf('createFiatAccount')).toHaveLength(1);
  });

  it('shows no country warning when the IBAN and the BIC agree', async () => {
    installFakeTreasury();
    const user = userEvent.setup();
    const form = await openForm(user);
    await fillSwift(user, form, 'DEUTDEFF', 'DE89370400440532013000');
    expect(within(form).queryByTestId('country-mismatch')).toBeNull();
  });

  it('says why the bank name is not filled in from an ABA routing number', async () => {
    installFakeTreasury();
    const user = userEvent.setup();
    const form = await openForm(user);
    const bank = within(form).getByRole('group', { name: 'Receiving bank' });
    await user.type(within(bank).getByLabelText('ABA routing number'), '031302971');
    const name = within(bank).getByLabelText('Bank name') as HTMLInputElement;
    expect(name.value).toBe('');
    const hint = document.getElementById(`${name.id}-hint`)?.textContent ?? '';
    expect(hint).toMatch(/Not filled in from the routing number/);
  });
});

describe('chips follow the account', () => {
  it('never shows a green "Confirmed by Paxos" beside an account Paxos is reviewing or rejected', async () => {
    for (const status of ['PENDING', 'REJECTED']) {
      resetStores();
      const received = intent({
        id: 'intent-new',
        kind: 'create_fiat_account',
        state: 'completed',
        paxosId: 'fa-new',
        summary: 'Add bank account: Berlin',
      });
      seedStore(
        appState({
          fiatAccounts: {
            items: [account({ id: 'fa-new', status, label: 'Berlin' })],
            asOf: '2026-03-02T10:00:00.000Z',
          },
          outbox: { items: [received] },
        }),
      );
      useDraftStore.setState({
        drafts: {
          'demo:bank-accounts.view': { mode: 'list', selectedId: null, receipt: received },
        },
      });
      installFakeTreasury();
      render(<BankAccountsScreen />);
      const receipt = screen.getByTestId('request-receipt');
      expect(receipt.textContent).not.toMatch(/Confirmed by Paxos/);
      const chip = within(receipt).getByTitle(`Paxos status: ${status}`);
      expect(chip.textContent).toBe(
        status === 'PENDING' ? 'In review at Paxos' : 'Rejected by Paxos',
      );
      expect(chip.className).not.toMatch(/badge--ok/);
      cleanup();
    }
  });
});
