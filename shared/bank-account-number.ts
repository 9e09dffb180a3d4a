// Account numbers and SWIFT/BIC codes as both sides read them: the form (before sending) and
// main (its confirmation, from the very body it will send). Pure string rules, no directory:
// - an account number is read back grouped by four ("DE89 3704 0044 0532 0130 00"), the way
//   IBANs are printed and the way a person checks a number against a bank letter;
// - a BIC names its bank's country in letters 5–6 (DEUT DE FF), an IBAN its account's country in
//   letters 1–2 (DE89…). When both are given and differ, the account and the bank may not go
//   together: a typo in either is the usual cause. It is not refused, because real accounts do
//   this (a bank serving accounts of a neighbouring country under one BIC), but it is shown and
//   must be acknowledged: in the form before sending, and again in main's own dialog.

/** Spaces and dashes go, letters become capitals: the form Paxos reads. */
export function cleanBankIdentifier(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase();
}

/** "7460002131451" → "7460 0021 3145 1": the whole number, grouped by four for reading. */
export function groupForReading(value: string): string {
  return (
    cleanBankIdentifier(value)
      .match(/.{1,4}/g)
      ?.join(' ') ?? ''
  );
}

/** The IBAN's country (its first two letters), or undefined when the number is not an IBAN. */
export function ibanCountry(accountNumber: string): string | undefined {
  const cleaned = cleanBankIdentifier(accountNumber);
  return /^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/.test(cleaned) ? cleaned.slice(0, 2) : undefined;
}

/** The bank's country in a SWIFT/BIC code (letters 5–6), or undefined when it is not a BIC. */
export function bicCountry(bic: string): string | undefined {
  const cleaned = cleanBankIdentifier(bic);
  return /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(cleaned)
    ? cleaned.slice(4, 6)
    : undefined;
}

export interface CountryMismatch {
  /** The IBAN's country code (ISO 3166 alpha-2, as in the IBAN). */
  iban: string;
  /** The receiving bank's country code from its BIC. */
  bic: string;
}

/** The IBAN and the receiving bank's BIC name different countries; undefined when they agree
 *  or when either is absent (an ABA account, or an account number that is not an IBAN). */
export function ibanBicMismatch(
  accountNumber: string,
  routingType: string,
  routingNumber: string,
): CountryMismatch | undefined {
  if (routingType.toUpperCase() !== 'SWIFT') return undefined;
  const iban = ibanCountry(accountNumber);
  const bic = bicCountry(routingNumber);
  return iban && bic && iban !== bic ? { iban, bic } : undefined;
}

/** "DE/FR": what an acknowledgement is of, so a changed number or code asks again. */
export const mismatchKey = (m: CountryMismatch) => `${m.iban}/${m.bic}`;
