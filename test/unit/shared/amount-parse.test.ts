// The one amount parser: what statements print is read as the amount it means; anything that
// could mean two amounts, or none, is refused with its own reason. Table-driven: each row is a
// text an operator could type or paste, the field's asset, and the reading.
import { describe, expect, it } from 'vitest';
import { parseAmountText, type AmountRefusalCode } from '../../../shared/amount-parse';
import { checkAmount } from '../../../shared/money';
import { RedemptionInput, SimulateDepositInput } from '../../../shared/operation-inputs';
import { SettingsPatchSchema } from '../../../shared/settings';

const accepted: [text: string, asset: string, amount: string][] = [
  ['150000', 'USDC', '150000'],
  ['150000.5', 'USDC', '150000.5'],
  ['150,000.00', 'USDC', '150000.00'],
  ['$150,000.00', 'USDC', '150000.00'],
  ['$150,000.00', 'USD', '150000.00'],
  ['US$150,000.00', 'USD', '150000.00'],
  ['$ 150,000', 'PYUSD', '150000'],
  [' 150,000 ', 'USDC', '150000'],
  ['\u00a0150,000.00\t', 'USDC', '150000.00'],
  ['USD 150,000.00', 'USD', '150000.00'],
  ['150,000.00 USDC', 'USDC', '150000.00'],
  ['150,000.00usdc', 'USDC', '150000.00'],
  ['usdg 25000.50', 'USDG', '25000.50'],
  ['$150,000.00 USD', 'USD', '150000.00'],
  ['1,250', 'USDC', '1250'],
  ['1,250,000', 'USDC', '1250000'],
  ['1,250.', 'USDC', '1250'],
  ['12,345,678,901,234.123456', 'USDC', '12345678901234.123456'],
  ['.5', 'USDC', '0.5'],
  ['12.', 'USDC', '12'],
  ['007.50', 'USD', '7.50'],
  ['0.000001', 'USDC', '0.000001'],
  ['10.500', 'USD', '10.50'],
  ['100.500000000', 'USDC', '100.500000'],
  ['999999999999999.99', 'USD', '999999999999999.99'],
];

const refused: [text: string, asset: string, code: AmountRefusalCode, says: RegExp][] = [
  ['', 'USDC', 'empty', /Enter an amount/],
  ['   ', 'USDC', 'empty', /Enter an amount/],
  ['-5', 'USDC', 'negative', /cannot be negative/],
  ['\u22125', 'USDC', 'negative', /cannot be negative/],
  ['-$5.00', 'USD', 'negative', /cannot be negative/],
  ['$-5.00', 'USD', 'negative', /cannot be negative/],
  ['USD -5', 'USD', 'negative', /cannot be negative/],
  ['(5.00)', 'USD', 'negative', /cannot be negative/],
  ['150.00-', 'USD', 'negative', /cannot be negative/],
  ['+5', 'USDC', 'sign', /without a \+ sign/],
  ['1e6', 'USDC', 'exponent', /exponent: type every digit/],
  ['1E+6', 'USDC', 'exponent', /exponent/],
  ['2.5e3', 'USDC', 'exponent', /exponent/],
  [
    '1.250,50',
    'USDC',
    'european',
    /“1\.250,50” looks like a European format: use a dot for decimals and commas only between thousands, e\.g\. 1,250\.50\./,
  ],
  ['1.250.000', 'USDC', 'european', /European format.*1,250,000/],
  ['1.250.000,00', 'USD', 'european', /European format/],
  ['1,50,000', 'USDC', 'misplaced_grouping', /commas go only between groups of three digits/],
  ['1,50,000.00', 'USDC', 'misplaced_grouping', /wrong place/],
  ['12,34.5', 'USDC', 'misplaced_grouping', /wrong place/],
  ['1,2345', 'USDC', 'misplaced_grouping', /wrong place/],
  ['12,50', 'USDC', 'ambiguous_comma', /ambiguous.*12\.50/],
  ['1,5', 'USDC', 'ambiguous_comma', /ambiguous.*1\.5/],
  ['1.2.3', 'USDC', 'multiple_dots', /Only one dot/],
  ['1,250.00.5', 'USDC', 'multiple_dots', /Only one dot/],
  ['150 000', 'USDC', 'spaces_inside', /Spaces are allowed only before or after/],
  ['12a', 'USDC', 'letters', /“a” cannot be part of an amount/],
  ['150k', 'USDC', 'letters', /“k”/],
  ["1'250.50", 'USDC', 'letters', /“'”/],
  ['abc', 'USDC', 'letters', /cannot be part of an amount/],
  ['.', 'USDC', 'no_digits', /in digits/],
  ['$', 'USD', 'no_digits', /in digits/],
  ['150,000.00 USD', 'USDC', 'wrong_currency', /says USD, but this field is in USDC/],
  ['EUR 40,000', 'USD', 'wrong_currency', /says EUR/],
  ['USDC 100', 'USD', 'wrong_currency', /says USDC, but this field is in USD/],
  ['1.1234567', 'USDC', 'too_many_decimals', /USDC allows at most 6 decimal places; .* 7/],
  [
    '10.129',
    'USD',
    'too_many_decimals',
    /USD allows at most 2 decimal places \(a wire moves whole cents\)/,
  ],
  ['1234567890123456', 'USD', 'too_large', /999 trillion/],
  ['0', 'USDC', 'zero', /more than zero/],
  ['0.00', 'USD', 'zero', /more than zero/],
  ['$0', 'USD', 'zero', /more than zero/],
];

describe('parseAmountText', () => {
  it.each(accepted)('reads %j in %s as %s', (text, asset, amount) => {
    expect(parseAmountText(text, asset)).toEqual({ ok: true, amount });
  });

  it.each(refused)('refuses %j in %s (%s)', (text, asset, code, says) => {
    const reading = parseAmountText(text, asset);
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.code).toBe(code);
    expect(reading.message).toMatch(says);
  });

  it('gives main only amounts its strict check accepts, unchanged', () => {
    for (const [text, asset] of accepted) {
      const reading = parseAmountText(text, asset);
      if (!reading.ok) throw new Error(`${text} was refused`);
      expect(checkAmount(reading.amount, asset), text).toEqual({ ok: true, value: reading.amount });
    }
  });

  it('reads a text the same whichever dollar asset the field holds, except its precision', () => {
    for (const asset of ['USDC', 'USDG', 'PYUSD', 'USDP'])
      expect(parseAmountText('$25,000.50', asset)).toEqual({ ok: true, amount: '25000.50' });
    expect(parseAmountText('25,000.505', 'USD').ok).toBe(false);
    expect(parseAmountText('25,000.505', 'USDC')).toEqual({ ok: true, amount: '25000.505' });
  });

  it('is the renderer’s only: the bridge still refuses anything but the canonical string', () => {
    const redemption = (amount: string) =>
      RedemptionInput.safeParse({
        profileId: 'prof-1',
        asset: 'USDC',
        amount,
        fiatAccountId: 'fa-1',
      }).success;
    for (const typed of ['$150,000.00', '150,000.00', ' 150000 ', '150000.00 USDC', '.5', '1e6']) {
      expect(redemption(typed), typed).toBe(false);
      expect(SimulateDepositInput.safeParse({ ruleId: 'r-1', amount: typed }).success).toBe(false);
      expect(SettingsPatchSchema.safeParse({ dailySoftLimitUsd: typed }).success).toBe(false);
    }
    const read = parseAmountText('$150,000.00', 'USDC');
    expect(read.ok && redemption(read.amount)).toBe(true);
  });
});
