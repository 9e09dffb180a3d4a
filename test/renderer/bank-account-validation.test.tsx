// The bank account checks: ABA checksum, BIC format, address length and characters, required
// fields; and the request body the form builds from the draft.
import { describe, expect, it } from 'vitest';
import { paths, toCreateInput, toUpdateChanges } from '../../renderer/src/model/bank-account-draft';
import {
  accountNumberError,
  addressLineError,
  routingNumberError,
  validateBankAccountChanges,
  validateNewBankAccount,
} from '../../renderer/src/model/bank-account-validation';
import { validUsDraft } from './support/bank-account-data';

const OWNER_COUNTRY = `${paths.ownerAddress}.country`;

describe('ABA routing numbers', () => {
  it.each(['021000021', '031302971', '011000015', '122105155'])(
    'accepts %s (valid checksum)',
    (aba) => {
      expect(routingNumberError('ABA', aba)).toBeUndefined();
    },
  );
  it.each(['021000022', '031302970', '123456789'])(
    'refuses %s (checksum does not match)',
    (aba) => {
      expect(routingNumberError('ABA', aba)).toMatch(/check digit/);
    },
  );
  it.each(['02100002', '0210000211', '02100002a', ''])('refuses %j (not 9 digits)', (aba) => {
    expect(routingNumberError('ABA', aba)).toMatch(/9 digits|Enter/);
  });
});

describe('SWIFT / BIC codes', () => {
  it.each(['DEUTDEFF', 'DEUTDEFF500', 'CHASUS33', 'BARCGB22XXX', 'deutdeff', ' DEUT DE FF '])(
    'accepts %s (spaces and case cleaned)',
    (bic) => {
      expect(routingNumberError('SWIFT', bic)).toBeUndefined();
    },
  );
  it.each(['DEUTDEF', 'DEUTDEFF50', 'DEU1DEFF', 'DEUTD3FF', 'DEUTDEFF5000', 'DEUTQQFF'])(
    'refuses %s',
    (bic) => {
      expect(routingNumberError('SWIFT', bic)).toMatch(/Not a valid SWIFT\/BIC code: 8 or 11/);
    },
  );
});

describe('address lines', () => {
  it('allows 35 characters and refuses 36, saying how many there are', () => {
    expect(addressLineError('A'.repeat(35))).toBeUndefined();
    expect(addressLineError('A'.repeat(36))).toBe('At most 35 characters (this has 36).');
  });
  it("accepts the allowed punctuation / ? : ( ) . , & ' +  -", () => {
    expect(addressLineError("4/B, Smith & Sons' (Bldg.) +1-2?:")).toBeUndefined();
  });
  it.each([
    ['12 Main St #4', '#'],
    ['Königstraße 5', 'ö ß'],
    ['Rue de l’Église', '’ É'],
    ['mail@example', '@'],
  ])('refuses %s, naming %s', (line, bad) => {
    expect(addressLineError(line)).toBe(
      `Not allowed: ${bad}. Use only letters A–Z, digits, spaces and / ? : ( ) . , & ' + -.`,
    );
  });
});

describe('account numbers', () => {
  it('accepts letters and digits up to 34 (spaces and dashes cleaned) and refuses other characters and longer', () => {
    expect(accountNumberError('GB29NWBK60161331926819')).toBeUndefined();
    expect(accountNumberError('GB29 NWBK 6016 1331 9268 19')).toBeUndefined();
    expect(accountNumberError('1234-5678')).toBeUndefined();
    expect(accountNumberError('1234/5678')).toMatch(/Letters and digits only/);
    expect(accountNumberError('1'.repeat(35))).toMatch(/at most 34/);
    expect(accountNumberError('')).toBe('Enter the account number.');
  });
});

describe('validateNewBankAccount', () => {
  it('passes a complete US wire account, and builds the Paxos body without empty lines', () => {
    const draft = validUsDraft();
    expect(validateNewBankAccount(draft)).toEqual({});
    const body = toCreateInput(draft);
    expect(body.fiat_network_instructions.wire.routing_details).toEqual({
      routing_number_type: 'ABA',
      routing_number: '031302971',
      bank_name: 'Customers Bank',
      bank_address: { country: 'USA', address1: '123 Bank Street', city: 'New York' },
    });
    expect(body.metadata).toEqual({ label: 'Operating' });
    expect(body.fiat_account_owner).toEqual({ institution_details: { name: 'Example Corp' } });
  });

  it('names every missing required field by its request path', () => {
    const errors = validateNewBankAccount({
      ...validUsDraft(),
      institutionName: ' ',
      accountNumber: '',
      ownerAddress: { ...validUsDraft().ownerAddress, country: '' },
    });
    expect(errors[paths.institutionName]).toMatch(/company or institution/);
    expect(errors[paths.accountNumber]).toBe('Enter the account number.');
    expect(errors[OWNER_COUNTRY]).toMatch(/Choose the country/);
  });

  it('limits owner names to 200 characters', () => {
    expect(
      validateNewBankAccount({ ...validUsDraft(), institutionName: 'A'.repeat(201) })[
        paths.institutionName
      ],
    ).toBe('At most 200 characters.');
    expect(validateNewBankAccount({ ...validUsDraft(), institutionName: 'A'.repeat(200) })).toEqual(
      {},
    );
  });

  it('requires both names for a person', () => {
    const errors = validateNewBankAccount({
      ...validUsDraft(),
      ownerKind: 'person',
      firstName: 'Ada',
      lastName: '',
    });
    expect(errors[paths.lastName]).toMatch(/last name/);
    expect(errors[paths.firstName]).toBeUndefined();
  });

  it('checks the intermediary bank only when there is one', () => {
    const draft = validUsDraft();
    expect(
      validateNewBankAccount({ ...draft, intermediary: { ...draft.intermediary, number: 'bad' } }),
    ).toEqual({});
    const errors = validateNewBankAccount({ ...draft, hasIntermediary: true });
    expect(errors[`${paths.intermediary}.routing_number`]).toBe('Enter the SWIFT/BIC code.');
    expect(errors[`${paths.intermediary}.bank_name`]).toMatch(/bank’s name/);
    expect(errors[`${paths.intermediary}.bank_address.country`]).toMatch(/country/);
  });

  it('checks a SWIFT routing number as a BIC, not as ABA', () => {
    const draft = validUsDraft();
    const swift = {
      ...draft,
      routing: { ...draft.routing, type: 'SWIFT' as const, number: '031302971' },
    };
    expect(validateNewBankAccount(swift)[`${paths.routing}.routing_number`]).toMatch(/SWIFT\/BIC/);
    expect(
      validateNewBankAccount({ ...swift, routing: { ...swift.routing, number: 'DEUTDEFF500' } }),
    ).toEqual({});
  });
});

describe('validateBankAccountChanges', () => {
  it('ignores the fixed routing number but still checks addresses, and sends only updatable fields', () => {
    const draft = { ...validUsDraft(), routing: { ...validUsDraft().routing, number: '' } };
    expect(validateBankAccountChanges(draft)).toEqual({});
    const changes = toUpdateChanges(draft);
    expect(changes.fiat_network_instructions?.wire).not.toHaveProperty('account_number');
    expect(changes.fiat_network_instructions?.wire.routing_details).toEqual({
      bank_name: 'Customers Bank',
      bank_address: { country: 'USA', address1: '123 Bank Street', city: 'New York' },
    });
    const bad = { ...draft, ownerAddress: { ...draft.ownerAddress, city: 'Zürich' } };
    expect(validateBankAccountChanges(bad)[`${paths.ownerAddress}.city`]).toMatch(/Not allowed: ü/);
  });
});

describe('IBAN and country (bug 10)', () => {
  it("checks an IBAN's check digits", () => {
    expect(accountNumberError('DE89 3704 0044 0532 0130 00')).toBeUndefined();
    expect(accountNumberError('DE88 3704 0044 0532 0130 00')).toMatch(/IBAN does not check out/);
  });

  it('sends the cleaned account number and BIC', () => {
    const draft = validUsDraft();
    const body = toCreateInput({
      ...draft,
      accountNumber: ' de89 3704 0044 0532 0130 00 ',
      routing: { ...draft.routing, type: 'SWIFT', number: 'deut de ff' },
    });
    expect(body.fiat_network_instructions.wire.account_number).toBe('DE89370400440532013000');
    expect(body.fiat_network_instructions.wire.routing_details.routing_number).toBe('DEUTDEFF');
  });

  it.each(['United States', 'DE', 'usa', 'XYZ'])('refuses the country %j', (country) => {
    const errors = validateNewBankAccount({
      ...validUsDraft(),
      ownerAddress: { ...validUsDraft().ownerAddress, country },
    });
    expect(errors[OWNER_COUNTRY]).toMatch(/not a country code: choose the country from the list/);
  });
});
