// Checks main makes on a new bank account before it becomes an outbox intent, whatever the
// renderer did: every country is an ISO 3166 alpha-3 code (Paxos's examples use "USA"; free
// text such as "United States" or an alpha-2 "DE" is refused), and the account is not one the
// desk already has or has asked for — same routing number and same account number. Paxos
// lists accounts with their last four digits only, so against a listed account the match is
// routing number + last four; against a full record or a queued request it is the whole number.
import countries from 'i18n-iso-countries';
import { AppError } from '../../../../shared/app-error';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Account and routing numbers compared without spaces or case (IBANs are often grouped). */
export const normalizeAccountNumber = (v: string) => v.replace(/[\s-]/g, '').toUpperCase();

export interface AccountKey {
  routing: string;
  /** The whole number when known, else undefined. */
  number?: string;
  last4: string;
}

export function accountKey(account: Json): AccountKey | undefined {
  const wire = obj(obj(account.fiat_network_instructions).wire);
  const routing = normalizeAccountNumber(str(obj(wire.routing_details).routing_number));
  const raw = normalizeAccountNumber(str(wire.account_number));
  if (!routing || !raw) return undefined;
  // Paxos masks listed numbers ("XXXX3000"; "••••3000" and "****3000" are read the same way).
  const masked = /^[X*•·]{2,}/.test(raw) || /[^0-9A-Z]/.test(raw) || raw.length <= 4;
  const digits = (masked ? raw.replace(/^[X*•·]+/, '') : raw).replace(/[^0-9A-Z]/g, '');
  return { routing, ...(masked ? {} : { number: raw }), last4: digits.slice(-4) };
}

export function sameAccount(a: AccountKey, b: AccountKey): boolean {
  if (a.routing !== b.routing) return false;
  if (a.number && b.number) return a.number === b.number;
  return a.last4 === b.last4;
}

function countryProblems(input: Json): { field: string; value: string }[] {
  const wire = obj(obj(input.fiat_network_instructions).wire);
  const places: [string, unknown][] = [
    [
      'fiat_network_instructions.wire.fiat_account_owner_address.country',
      obj(wire.fiat_account_owner_address).country,
    ],
    [
      'fiat_network_instructions.wire.routing_details.bank_address.country',
      obj(obj(wire.routing_details).bank_address).country,
    ],
    [
      'fiat_network_instructions.wire.intermediary_routing_details.bank_address.country',
      obj(obj(wire.intermediary_routing_details).bank_address).country,
    ],
  ];
  return places
    .filter(([field, v]) => v !== undefined && !(field.includes('intermediary') && !v))
    .filter(([, v]) => !(typeof v === 'string' && /^[A-Z]{3}$/.test(v) && countries.isValid(v)))
    .map(([field, v]) => ({ field, value: str(v) }));
}

export interface KnownAccount {
  label: string;
  status?: string;
  record: Json;
}

export function checkNewBankAccount(input: Json, known: KnownAccount[]): void {
  const [badCountry] = countryProblems(input);
  if (badCountry) {
    throw new AppError(
      'validation',
      `"${badCountry.value.slice(0, 40)}" is not a country code: choose the country from the list (ISO codes such as USA, DEU).`,
      {
        field: badCountry.field,
      },
    );
  }
  const key = accountKey(input);
  if (!key) return;
  const twin = known.find(
    (k) =>
      !['DELETED', 'REJECTED'].includes((k.status ?? '').toUpperCase()) &&
      sameAccount(key, accountKey(k.record) ?? { routing: '', last4: '' }),
  );
  if (twin) {
    throw new AppError(
      'already_exists',
      `This bank account is already registered as ${twin.label} (same routing number and account number). Use it, or delete it first.`,
      {
        field: 'fiat_network_instructions.wire.account_number',
        existing: twin.label,
      },
    );
  }
}
