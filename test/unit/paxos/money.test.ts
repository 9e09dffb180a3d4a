import { describe, expect, it } from 'vitest';
import { ASSET_PRECISION, RULE_NETWORKS_BY_ASSET, ruleNetworksFor } from '../../../shared/assets';
import { AppError } from '../../../shared/app-error';
import {
  addAmounts,
  checkAmount,
  compareAmounts,
  formatAmount,
  parseAmount,
  subtractAmounts,
} from '../../../shared/money';
import { isValidAbaRoutingNumber, SWIFT_BIC_PATTERN } from '../../../shared/paxos/requests';

describe('amounts', () => {
  it('accepts positive plain decimals within the asset precision', () => {
    expect(checkAmount('25000.00', 'USD')).toEqual({ ok: true, value: '25000.00' });
    expect(checkAmount('0.000001', 'USDC')).toEqual({ ok: true, value: '0.000001' });
    expect(checkAmount('1', 'PYUSD').ok).toBe(true);
  });

  it('refuses numbers, signs, exponents, separators, zero and excess precision', () => {
    for (const bad of ['0', '0.00', '-1', '+1', '1e3', '1,000', ' 1', '1.', '.5', 'abc', ''])
      expect(checkAmount(bad, 'USD').ok, bad).toBe(false);
    expect(checkAmount(12.5 as unknown as string).ok).toBe(false);
    expect(checkAmount('1.001', 'USD')).toEqual({
      ok: false,
      detail: 'USD allows at most 2 decimal places',
    });
    expect(checkAmount('1.0000001', 'USDG')).toEqual({
      ok: false,
      detail: 'USDG allows at most 6 decimal places',
    });
    expect(checkAmount('1234567890123456', 'USD').ok).toBe(false);
  });

  it('parseAmount throws a validation AppError naming the field', () => {
    try {
      parseAmount('1.234', 'USD', 'source_amount');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).toBridge()).toEqual({
        code: 'validation',
        message: 'The source amount USD allows at most 2 decimal places.',
        details: { field: 'source_amount', detail: 'USD allows at most 2 decimal places' },
      });
    }
  });

  it('adds, subtracts and compares without floating-point error', () => {
    expect(addAmounts('0.1', '0.2')).toBe('0.3');
    expect(subtractAmounts('1250000.500000', '0.000001')).toBe('1250000.499999');
    expect(addAmounts('999999999999999.999999', '0.000001')).toBe('1000000000000000');
    expect(compareAmounts('1.50', '1.5')).toBe(0);
    expect(compareAmounts('2', '10')).toBe(-1);
  });

  it('formats with thousands separators and the asset code, never rounding', () => {
    expect(formatAmount('1234567.5', 'USD')).toBe('1,234,567.50 USD');
    expect(formatAmount('0.000001', 'USDC')).toBe('0.000001 USDC');
    expect(formatAmount('1000', 'USDG')).toBe('1,000.00 USDG');
    expect(formatAmount('123.456789', 'USD')).toBe('123.456789 USD');
    expect(formatAmount('-42', undefined, { minFractionDigits: 0 })).toBe('-42');
  });
});

describe('assets and bank formats', () => {
  it('precision per asset and USDG only on Ethereum and Solana', () => {
    expect(ASSET_PRECISION).toEqual({ USD: 2, USDC: 6, USDG: 6, PYUSD: 6, USDP: 6 });
    expect(RULE_NETWORKS_BY_ASSET.USDG).toEqual(['ETHEREUM', 'SOLANA']);
    expect(ruleNetworksFor('USDC')).toContain('STELLAR');
    expect(ruleNetworksFor('USD')).toEqual([]);
  });

  it('ABA checksum on real routing numbers', () => {
    for (const good of ['021000021', '031302971', '011000015', '122105155'])
      expect(isValidAbaRoutingNumber(good), good).toBe(true);
    for (const bad of ['021000022', '123456789', '12345678', '0210000211', 'abcdefghi'])
      expect(isValidAbaRoutingNumber(bad), bad).toBe(false);
  });

  it('SWIFT/BIC format', () => {
    for (const good of ['CHASUS33', 'DEUTDEFF500', 'JINABVU1773'])
      expect(SWIFT_BIC_PATTERN.test(good), good).toBe(true);
    for (const bad of ['CHAS US33', 'chasus33', 'CHASUS3', 'CHASUS33XX'])
      expect(SWIFT_BIC_PATTERN.test(bad), bad).toBe(false);
  });
});
