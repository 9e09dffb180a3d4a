import { describe, expect, it } from 'vitest';
import {
  bicCountry,
  groupForReading,
  ibanBicMismatch,
  ibanCountry,
  mismatchKey,
} from '../../../shared/bank-account-number';

describe('bank account numbers as people read them', () => {
  it('groups the whole number by four, cleaned as Paxos receives it', () => {
    expect(groupForReading('de89 3704 0044-0532 0130 00')).toBe('DE89 3704 0044 0532 0130 00');
    expect(groupForReading('74600021314512')).toBe('7460 0021 3145 12');
    expect(groupForReading('')).toBe('');
  });

  it('reads the country from an IBAN (letters 1–2) and a BIC (letters 5–6)', () => {
    expect(ibanCountry('DE89 3704 0044 0532 0130 00')).toBe('DE');
    expect(ibanCountry('74600021314512')).toBeUndefined();
    expect(bicCountry('deut de ff 500')).toBe('DE');
    expect(bicCountry('BNPAFRPP')).toBe('FR');
    expect(bicCountry('031302971')).toBeUndefined();
  });

  it('flags an IBAN and a BIC of different countries, only for SWIFT routing', () => {
    expect(ibanBicMismatch('DE89370400440532013000', 'SWIFT', 'BNPAFRPP')).toEqual({
      iban: 'DE',
      bic: 'FR',
    });
    expect(ibanBicMismatch('DE89370400440532013000', 'SWIFT', 'DEUTDEFF')).toBeUndefined();
    expect(ibanBicMismatch('DE89370400440532013000', 'ABA', '031302971')).toBeUndefined();
    expect(ibanBicMismatch('74600021314512', 'SWIFT', 'BNPAFRPP')).toBeUndefined();
    expect(mismatchKey({ iban: 'DE', bic: 'FR' })).toBe('DE/FR');
  });
});
