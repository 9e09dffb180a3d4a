// Main's confirmation of a new bank account, from the body main will send: the account number
// read back in full (grouped by four), and an IBAN/BIC country mismatch named with a box that
// must be ticked, whatever the renderer did.
import { describe, expect, it } from 'vitest';
import { pathConfirmation } from '../../../../main/confirm/path-confirmation';
import { answerAccepted } from '../../../../main/confirm/confirmation';
import {
  COUNTRIES_CHECKED,
  createBankAccountConfirmationFacts,
} from '../../../../main/desk/paths/bank-account/bank-account-confirmation-facts';

function body(accountNumber: string, type: 'ABA' | 'SWIFT', routingNumber: string) {
  return {
    fiat_account_owner: { institution_details: { name: 'Acme Europe GmbH' } },
    fiat_network_instructions: {
      wire: {
        account_number: accountNumber,
        fiat_account_owner_address: { country: 'DEU' },
        routing_details: {
          routing_number_type: type,
          routing_number: routingNumber,
          bank_name: 'Deutsche Bank',
          bank_address: { country: 'DEU' },
        },
      },
    },
  };
}

const row = (facts: { rows: [string, string][] }, label: string) =>
  facts.rows.find(([l]) => l === label)?.[1];

describe('new bank account confirmation', () => {
  it('reads the whole account number back, grouped by four, not only its last 4', () => {
    const facts = createBankAccountConfirmationFacts(body('74600021314512', 'ABA', '031302971'));
    expect(row(facts, 'Account number')).toBe('7460 0021 3145 12');
    const request = pathConfirmation('demo', facts).request;
    expect(request.facts).toContainEqual(['Account number', '7460 0021 3145 12']);
    expect(request.checkboxLabel).toBeUndefined();
  });

  it('names an IBAN and a BIC of different countries and will not count a yes without the tick', () => {
    const facts = createBankAccountConfirmationFacts(
      body('DE89370400440532013000', 'SWIFT', 'BNPAFRPP'),
    );
    expect(row(facts, 'Countries differ')).toMatch(/IBAN is for DE.*SWIFT\/BIC is in FR/);
    expect(facts.audit.countryMismatch).toEqual({ iban: 'DE', bic: 'FR' });
    const request = pathConfirmation('production', facts).request;
    expect(request.checkboxLabel).toBe(COUNTRIES_CHECKED);
    expect(answerAccepted(request, { confirmed: true, checked: false })).toBe(false);
    expect(answerAccepted(request, { confirmed: true, checked: true })).toBe(true);
  });

  it('says nothing of countries when the IBAN and the BIC agree', () => {
    const facts = createBankAccountConfirmationFacts(
      body('DE89370400440532013000', 'SWIFT', 'DEUTDEFF500'),
    );
    expect(row(facts, 'Countries differ')).toBeUndefined();
    expect(pathConfirmation('demo', facts).request.checkboxLabel).toBeUndefined();
  });
});
