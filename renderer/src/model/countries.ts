// ISO 3166 countries from i18n-iso-countries (a maintained list), English names, alpha-3 codes
// as Paxos's address examples use them ("USA").
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';

countries.registerLocale(en);

export interface CountryOption {
  value: string;
  label: string;
}

export const COUNTRY_OPTIONS: CountryOption[] = Object.entries(
  countries.getNames('en', { select: 'official' }),
)
  .flatMap(([alpha2, name]) => {
    const alpha3 = countries.alpha2ToAlpha3(alpha2);
    return alpha3 ? [{ value: alpha3, label: `${name} (${alpha3})` }] : [];
  })
  .sort((a, b) => a.label.localeCompare(b.label));

export function isIsoCountry(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && countries.isValid(code);
}

/** "DE" → "Germany"; the code itself when the list has no name for it. */
export function countryName(alpha2: string): string {
  return countries.getName(alpha2, 'en', { select: 'official' }) ?? alpha2;
}
