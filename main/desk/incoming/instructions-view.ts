// Wire instructions as the Fund screen and the sheet show them: Paxos's receiving bank, the
// account, the routing number of the chosen type, the beneficiary (Paxos's own name and address
// as its answer gives them) and the memo. A field Paxos left out reads "not given", never blank.
import type { WireInstructionsView } from '../../../shared/money-in';
import type { FiatDepositInstructions } from '../../../shared/paxos/deposit-instructions';
import { routingTypeOf } from './incoming-store';
import type { FoundInstructions } from './wire-instructions';

const NOT_GIVEN = 'not given by Paxos';

type Address = {
  address1?: string | undefined;
  address2?: string | undefined;
  city?: string | undefined;
  province?: string | undefined;
  zip_code?: string | undefined;
  country?: string | undefined;
};

function addressText(a: Address | undefined): string {
  if (!a) return NOT_GIVEN;
  const cityLine = [a.city, [a.province, a.zip_code].filter(Boolean).join(' ')].filter(Boolean);
  const text = [a.address1, a.address2, cityLine.join(', '), a.country].filter(Boolean).join(', ');
  return text || NOT_GIVEN;
}

function beneficiary(record: FiatDepositInstructions): string {
  const owner = record.fiat_account_owner;
  const person = owner?.person_details;
  return (
    (owner?.institution_details?.name ??
      (person ? [person.first_name, person.last_name].filter(Boolean).join(' ') : '') ??
      NOT_GIVEN) ||
    NOT_GIVEN
  );
}

export function wireInstructionsView(
  found: FoundInstructions,
  names: { profileName: string; environmentLabel: string },
): WireInstructionsView {
  const { record } = found;
  const wire = record.fiat_network_instructions?.wire;
  const routing = wire?.routing_details;
  return {
    id: record.id,
    profileId: record.profile_id ?? '',
    profileName: names.profileName,
    environmentLabel: names.environmentLabel,
    status: record.status,
    routingType: routingTypeOf(record),
    routingNumber: routing?.routing_number ?? NOT_GIVEN,
    bankName: routing?.bank_name ?? NOT_GIVEN,
    bankAddress: addressText(routing?.bank_address),
    accountNumber: wire?.account_number ?? NOT_GIVEN,
    beneficiaryName: beneficiary(record),
    beneficiaryAddress: addressText(wire?.fiat_account_owner_address),
    memoId: record.memo_id,
    ...(record.created_at ? { createdAt: record.created_at } : {}),
    fetchedAt: found.fetchedAt,
    fromCache: found.fromCache,
  };
}
