// Rebuilds the form draft from the Paxos record that getFiatAccount returns (`details`), so an
// edit starts from what Paxos has. Every field is read defensively: Paxos objects are open.
import type { FiatAccountView } from '../../../shared/views';
import {
  emptyAddress,
  emptyBankAccountDraft,
  type AddressDraft,
  type BankAccountDraft,
  type RoutingDraft,
} from './bank-account-draft';

type Loose = Record<string, unknown>;
const obj = (value: unknown): Loose => (value && typeof value === 'object' ? (value as Loose) : {});
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function address(value: unknown): AddressDraft {
  const a = obj(value);
  const result = emptyAddress();
  for (const key of Object.keys(result) as (keyof AddressDraft)[]) result[key] = str(a[key]);
  return result;
}

function routing(value: unknown): RoutingDraft {
  const r = obj(value);
  return {
    type: str(r.routing_number_type) === 'SWIFT' ? 'SWIFT' : 'ABA',
    number: str(r.routing_number),
    bankName: str(r.bank_name),
    address: address(r.bank_address),
  };
}

export function draftFromFiatAccount(details: Loose, view: FiatAccountView): BankAccountDraft {
  const draft = emptyBankAccountDraft();
  const owner = obj(details.fiat_account_owner);
  const person = obj(owner.person_details);
  const institution = obj(owner.institution_details);
  const wire = obj(obj(details.fiat_network_instructions).wire);
  const intermediary = wire.intermediary_routing_details;
  return {
    ...draft,
    label: str(obj(details.metadata).label),
    ownerKind: owner.person_details ? 'person' : 'institution',
    institutionName: str(institution.name) || (owner.person_details ? '' : view.ownerName),
    firstName: str(person.first_name),
    lastName: str(person.last_name),
    accountNumber: str(wire.account_number),
    ownerAddress: address(wire.fiat_account_owner_address),
    routing: routing(wire.routing_details),
    hasIntermediary: Boolean(intermediary),
    intermediary: intermediary ? routing(intermediary) : draft.intermediary,
  };
}
