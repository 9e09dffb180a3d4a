// Account numbers, IBANs and SWIFT/BIC codes as operators paste them ("DE89 3704 0044 0532
// 0130 00", "deut de ff"): cleaned to the form Paxos reads (no spaces or dashes, capitals), and
// checked with ibantools — the IBAN checksum (mod 97) and the BIC's structure and country —
// rather than a hand-written pattern. The field keeps what was typed; the request sends the
// cleaned value.
import { electronicFormatIBAN, isValidBIC, isValidIBAN } from 'ibantools';

/** Spaces and dashes go, letters become capitals. */
export function cleanIdentifier(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase();
}

/** An IBAN starts with a country code and two check digits ("DE89…"). */
export function looksLikeIban(cleaned: string): boolean {
  return /^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/.test(cleaned);
}

export function accountNumberProblem(value: string): string | undefined {
  const cleaned = cleanIdentifier(value);
  if (!cleaned) return 'Enter the account number.';
  if (!/^[0-9A-Z]{1,34}$/.test(cleaned))
    return 'Letters and digits only (spaces and dashes are removed for you), at most 34 characters.';
  if (looksLikeIban(cleaned) && !isValidIBAN(electronicFormatIBAN(cleaned) ?? cleaned)) {
    return 'This IBAN does not check out (its check digits do not match the rest): look for a typo.';
  }
  return undefined;
}

export function bicProblem(value: string): string | undefined {
  const cleaned = cleanIdentifier(value);
  if (!cleaned) return 'Enter the SWIFT/BIC code.';
  if (!isValidBIC(cleaned)) {
    return 'Not a valid SWIFT/BIC code: 8 or 11 letters and digits — bank (4 letters), country (2), location (2), optional branch (3), e.g. DEUTDEFF500.';
  }
  return undefined;
}
