// The bank account form's state, and how it becomes the Paxos request body. Form fields are
// named by their path in that body, so errors from the shared schemas and from main land next
// to the right field. Empty optional address lines are left out (Paxos refuses empty strings).
import { cleanIdentifier } from './bank-identifiers';
import type { OperationInput } from '../../../shared/contract';

export interface AddressDraft {
  country: string;
  address1: string;
  address2: string;
  city: string;
  province: string;
  zip_code: string;
}
export type RoutingType = 'ABA' | 'SWIFT';
export interface RoutingDraft {
  type: RoutingType;
  number: string;
  bankName: string;
  address: AddressDraft;
}
export interface BankAccountDraft {
  label: string;
  ownerKind: 'institution' | 'person';
  institutionName: string;
  firstName: string;
  lastName: string;
  accountNumber: string;
  /** The account number typed a second time: never sent, only compared with the first. */
  accountNumberRepeat: string;
  /** The IBAN/BIC country pair ("DE/FR") the operator acknowledged, if they differ. */
  countriesAcknowledged: string;
  ownerAddress: AddressDraft;
  routing: RoutingDraft;
  hasIntermediary: boolean;
  intermediary: RoutingDraft;
}

export type NewFiatAccount = OperationInput<'createFiatAccount'>;
export type FiatAccountChanges = OperationInput<'updateFiatAccount'>['changes'];

export const addressKeys = [
  'country',
  'address1',
  'address2',
  'city',
  'province',
  'zip_code',
] as const;
export const emptyAddress = (): AddressDraft => ({
  country: '',
  address1: '',
  address2: '',
  city: '',
  province: '',
  zip_code: '',
});
const emptyRouting = (type: RoutingType): RoutingDraft => ({
  type,
  number: '',
  bankName: '',
  address: emptyAddress(),
});

export function emptyBankAccountDraft(routingType: RoutingType = 'ABA'): BankAccountDraft {
  return {
    label: '',
    ownerKind: 'institution',
    institutionName: '',
    firstName: '',
    lastName: '',
    accountNumber: '',
    accountNumberRepeat: '',
    countriesAcknowledged: '',
    ownerAddress: emptyAddress(),
    routing: emptyRouting(routingType),
    hasIntermediary: false,
    intermediary: emptyRouting('SWIFT'),
  };
}

// Paths of the request body, shared by the form, the validators and main's error details.
export const WIRE = 'fiat_network_instructions.wire';
export const paths = {
  label: 'metadata.label',
  institutionName: 'fiat_account_owner.institution_details.name',
  firstName: 'fiat_account_owner.person_details.first_name',
  lastName: 'fiat_account_owner.person_details.last_name',
  accountNumber: `${WIRE}.account_number`,
  // Form-only fields (not in the request body): where their messages are shown.
  accountNumberRepeat: 'form.account_number_repeat',
  countriesAcknowledged: 'form.countries_acknowledged',
  ownerAddress: `${WIRE}.fiat_account_owner_address`,
  routing: `${WIRE}.routing_details`,
  intermediary: `${WIRE}.intermediary_routing_details`,
} as const;

export function toAddressInput(
  address: AddressDraft,
): NewFiatAccount['fiat_network_instructions']['wire']['fiat_account_owner_address'] {
  const result: Record<string, string> = { country: address.country.trim() };
  for (const key of addressKeys) {
    const value = address[key].trim();
    if (key !== 'country' && value) result[key] = value;
  }
  return result as { country: string };
}

function toRoutingInput(routing: RoutingDraft) {
  return {
    routing_number_type: routing.type,
    // A pasted "deut de ff" goes to Paxos as DEUTDEFF; an ABA number is digits already.
    routing_number:
      routing.type === 'SWIFT' ? cleanIdentifier(routing.number) : routing.number.trim(),
    bank_name: routing.bankName.trim(),
    bank_address: toAddressInput(routing.address),
  };
}

function ownerInput(draft: BankAccountDraft): NewFiatAccount['fiat_account_owner'] {
  return draft.ownerKind === 'institution'
    ? { institution_details: { name: draft.institutionName.trim() } }
    : { person_details: { first_name: draft.firstName.trim(), last_name: draft.lastName.trim() } };
}

export function toCreateInput(draft: BankAccountDraft): NewFiatAccount {
  const label = draft.label.trim();
  return {
    fiat_account_owner: ownerInput(draft),
    fiat_network_instructions: {
      wire: {
        account_number: cleanIdentifier(draft.accountNumber),
        fiat_account_owner_address: toAddressInput(draft.ownerAddress),
        routing_details: toRoutingInput(draft.routing),
        ...(draft.hasIntermediary
          ? { intermediary_routing_details: toRoutingInput(draft.intermediary) }
          : {}),
      },
    },
    ...(label ? { metadata: { label } } : {}),
  };
}

/** Only what Paxos lets us change on an existing account (no account or routing number). */
export function toUpdateChanges(draft: BankAccountDraft): FiatAccountChanges {
  const label = draft.label.trim();
  const routing = (r: RoutingDraft) => ({
    bank_name: r.bankName.trim(),
    bank_address: toAddressInput(r.address),
  });
  return {
    fiat_account_owner: ownerInput(draft),
    fiat_network_instructions: {
      wire: {
        fiat_account_owner_address: toAddressInput(draft.ownerAddress),
        routing_details: routing(draft.routing),
        ...(draft.hasIntermediary
          ? { intermediary_routing_details: routing(draft.intermediary) }
          : {}),
      },
    },
    ...(label ? { metadata: { label } } : {}),
  };
}
