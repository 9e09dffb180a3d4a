// What main's confirmations of bank account changes say. A bank account is where wires can go:
// adding one, changing its owner or bank, or deleting it is confirmed in main, with the account's
// last 4, bank and owner as main has them (and, for a new one, as main will send them).
// A new account's number is read back in full, grouped by four: this dialog is main's own record
// of what will be sent, and the last 4 alone let a typo in the other digits through. An IBAN
// and a BIC of different countries are named here and must be ticked, whatever the form did.
import {
  groupForReading,
  ibanBicMismatch,
  type CountryMismatch,
} from '../../../../shared/bank-account-number';
import type { UpdateFiatAccountInput } from '../../../../shared/paxos/requests';
import type { FiatAccount } from '../../../../shared/paxos/responses';
import { describeBankAccount, lastFour, type BankAccountFacts } from '../../views/record-facts';
import { fiatAccountView } from '../../views/to-views';
import type { ConfirmationFacts } from '../money-path';

export const bankAccountActions = [
  'fiat_account.create',
  'fiat_account.update',
  'fiat_account.delete',
] as const;

/** A new account, described from the very body main will send to Paxos. */
export function createBankAccountConfirmationFacts(
  body: Record<string, unknown>,
): ConfirmationFacts<'fiat_account.create'> {
  const view = fiatAccountView({ id: '(new)', ...body } as FiatAccount, new Date(0).toISOString());
  const account = body as {
    fiat_network_instructions?: {
      wire?: {
        account_number?: string;
        routing_details?: { routing_number_type?: string; routing_number?: string };
      };
    };
  };
  const routing = account.fiat_network_instructions?.wire?.routing_details;
  const number = account.fiat_network_instructions?.wire?.account_number ?? '';
  const last4 = lastFour(number);
  const mismatch = ibanBicMismatch(
    number,
    routing?.routing_number_type ?? '',
    routing?.routing_number ?? '',
  );
  return {
    action: 'fiat_account.create',
    question: `Send a new bank account ending ${last4} to Paxos for review`,
    rows: [
      ['Owner', view.ownerName || '—'],
      ['Account number', groupForReading(number) || '—'],
      ['Bank', `${view.bankName ?? '—'}, account ending ${last4}`],
      ['Routing', `${routing?.routing_number_type ?? '—'} ${routing?.routing_number ?? ''}`.trim()],
      ...(mismatch ? [['Countries differ', mismatchWords(mismatch)] as [string, string]] : []),
      ['After', 'Paxos reviews it; wires can go to it once approved'],
    ],
    notes: [['label', view.label]],
    confirmLabel: 'Send for review',
    ...(mismatch ? { tickLabel: COUNTRIES_CHECKED } : {}),
    audit: {
      label: view.label,
      owner: view.ownerName,
      bankName: view.bankName,
      last4,
      routingNumber: routing?.routing_number,
      ...(mismatch ? { countryMismatch: mismatch } : {}),
    },
  };
}

export const COUNTRIES_CHECKED =
  'I checked with the account owner that this IBAN and bank go together';

function mismatchWords(m: CountryMismatch): string {
  return `the IBAN is for ${m.iban}, the bank's SWIFT/BIC is in ${m.bic}: a typo in either would send the wire to the wrong place`;
}

/** Dotted names of the fields a change touches: "fiat_account_owner.institution_details.name". */
function changedFields(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) =>
    changedFields(inner, prefix ? `${prefix}.${key}` : key),
  );
}

export function updateBankAccountConfirmationFacts(
  account: BankAccountFacts,
  changes: UpdateFiatAccountInput,
): ConfirmationFacts<'fiat_account.update'> {
  const after = fiatAccountView(
    { id: account.id, ...changes } as FiatAccount,
    new Date(0).toISOString(),
  );
  const fields = changedFields(changes);
  const rows: [string, string][] = [['Account', describeBankAccount(account)]];
  if (after.ownerName) rows.push(['New owner', after.ownerName]);
  if (after.bankName) rows.push(['New bank name', after.bankName]);
  rows.push(
    ['Fields changed', fields.join(', ')],
    ['After', 'Paxos reviews the account again before it can receive wires'],
  );
  return {
    action: 'fiat_account.update',
    question: `Change the bank account ending ${account.last4}`,
    rows,
    notes: [['label', account.label]],
    confirmLabel: 'Send changes for review',
    audit: {
      accountId: account.id,
      destination: account.label,
      last4: account.last4,
      before: { owner: account.owner, bankName: account.bankName },
      after: {
        owner: after.ownerName || account.owner,
        bankName: after.bankName ?? account.bankName,
      },
      fields,
    },
  };
}

export function deleteBankAccountConfirmationFacts(
  account: BankAccountFacts,
): ConfirmationFacts<'fiat_account.delete'> {
  return {
    action: 'fiat_account.delete',
    question: `Delete the bank account ending ${account.last4}`,
    rows: [
      ['Account', describeBankAccount(account)],
      ['After', 'No wire can go to it any more'],
    ],
    notes: [['label', account.label]],
    confirmLabel: 'Delete bank account',
    audit: {
      accountId: account.id,
      destination: account.label,
      bankName: account.bankName,
      last4: account.last4,
      owner: account.owner,
    },
  };
}
