// Bug 10 in main: free-text countries are refused, and an account with the same routing and
// account number as one the desk has (listed with last 4 only, or requested in full) is refused.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/app-error';
import { checkNewBankAccount } from '../../../../main/desk/paths/bank-account/new-account-checks';

function account(accountNumber: string, routing = '021000021', country = 'USA') {
  return {
    fiat_network_instructions: {
      wire: {
        account_number: accountNumber,
        fiat_account_owner_address: { country },
        routing_details: {
          routing_number_type: 'ABA',
          routing_number: routing,
          bank_name: 'JPMorgan Chase Bank',
          bank_address: { country: 'USA' },
        },
      },
    },
  };
}

const refusal = (fn: () => void): AppError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
  }
  throw new Error('expected a refusal');
};

describe('checkNewBankAccount', () => {
  it('refuses "United States" and "DE" as countries, accepts ISO alpha-3 codes', () => {
    expect(
      refusal(() => checkNewBankAccount(account('123456789', '021000021', 'United States'), []))
        .details,
    ).toMatchObject({
      field: 'fiat_network_instructions.wire.fiat_account_owner_address.country',
    });
    expect(
      refusal(() => checkNewBankAccount(account('123456789', '021000021', 'DE'), [])).code,
    ).toBe('validation');
    expect(
      refusal(() => checkNewBankAccount(account('123456789', '021000021', 'XYZ'), [])).code,
    ).toBe('validation');
    expect(() => checkNewBankAccount(account('123456789', '021000021', 'DEU'), [])).not.toThrow();
  });

  it('refuses the same routing + account number as a listed account (last 4 only)', () => {
    const listed = { label: 'Operating account', status: 'APPROVED', record: account('••••6789') };
    const error = refusal(() => checkNewBankAccount(account('000123456789'), [listed]));
    expect(error.code).toBe('already_exists');
    expect(error.message).toMatch(/already registered as Operating account/);
    // Another bank (routing) or other last digits is another account.
    expect(() => checkNewBankAccount(account('000123456789', '031302971'), [listed])).not.toThrow();
    expect(() => checkNewBankAccount(account('000123451111'), [listed])).not.toThrow();
    // Paxos's own mask is letters: "XXXX6789".
    const paxosMasked = {
      label: 'Operating account',
      status: 'APPROVED',
      record: account('XXXX6789'),
    };
    expect(refusal(() => checkNewBankAccount(account('000123456789'), [paxosMasked])).code).toBe(
      'already_exists',
    );
  });

  it('compares whole numbers, spaces and case ignored, against a request not yet at Paxos', () => {
    const requested = {
      label: 'a bank account request',
      record: account('DE89 3704 0044 0532 0130 00', 'DEUTDEFF'),
    };
    expect(
      refusal(() =>
        checkNewBankAccount(account('de89370400440532013000', 'deutdeff', 'DEU'), [requested]),
      ).code,
    ).toBe('already_exists');
    expect(() =>
      checkNewBankAccount(account('DE89370400440532019999', 'DEUTDEFF', 'DEU'), [requested]),
    ).not.toThrow();
  });

  it('ignores deleted and rejected accounts', () => {
    const gone = { label: 'Old', status: 'DELETED', record: account('••••6789') };
    expect(() => checkNewBankAccount(account('000123456789'), [gone])).not.toThrow();
  });
});
