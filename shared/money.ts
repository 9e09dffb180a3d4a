// Amounts are decimal strings end to end (Paxos sends and expects strings). Arithmetic goes
// through decimal.js with enough precision that nothing a treasury moves is ever rounded;
// JavaScript numbers never hold money.
import Decimal from 'decimal.js';
import { AppError } from './app-error';
import { precisionOf } from './assets';

// A private clone so no other module can change the precision or rounding under us.
// 64 significant digits is far beyond any balance (15 integer + 18 fraction digits).
const D = Decimal.clone({
  precision: 64,
  rounding: Decimal.ROUND_DOWN,
  toExpNeg: -64,
  toExpPos: 64,
});
type Dec = InstanceType<typeof D>;

/** Plain decimal notation: digits, optional fraction. No sign, exponent, spaces or commas. */
const AMOUNT_PATTERN = /^(\d+)(?:\.(\d+))?$/;
/** Sanity cap: 15 integer digits (just under a quadrillion) is more than any single move. */
const MAX_INTEGER_DIGITS = 15;

export type AmountCheck = { ok: true; value: string } | { ok: false; detail: string };

/**
 * Checks an amount an operator (or the desk) wants to send: a positive plain decimal with no
 * more decimal places than the asset allows. Returns the string unchanged when valid, so what
 * Paxos receives is exactly what the operator confirmed.
 */
export function checkAmount(value: unknown, asset?: string): AmountCheck {
  if (typeof value !== 'string')
    return { ok: false, detail: 'must be a decimal string such as "1250.00"' };
  const match = AMOUNT_PATTERN.exec(value);
  if (!match)
    return {
      ok: false,
      detail: `"${value.slice(0, 40)}" is not a plain decimal number such as "1250.00"`,
    };
  const [, whole = '', fraction = ''] = match;
  if (whole.replace(/^0+/, '').length > MAX_INTEGER_DIGITS)
    return { ok: false, detail: 'is too large' };
  if (new D(value).lte(0)) return { ok: false, detail: 'must be greater than zero' };
  const places = asset === undefined ? undefined : precisionOf(asset);
  if (places !== undefined && fraction.length > places) {
    return { ok: false, detail: `${asset} allows at most ${places} decimal places` };
  }
  return { ok: true, value };
}

/** Like `checkAmount`, but throws a `validation` AppError naming the field. */
export function parseAmount(value: unknown, asset?: string, field = 'amount'): string {
  const check = checkAmount(value, asset);
  if (!check.ok) {
    throw new AppError('validation', `The ${field.replace(/_/g, ' ')} ${check.detail}.`, {
      field,
      detail: check.detail,
    });
  }
  return check.value;
}

export function isValidAmount(value: unknown, asset?: string): boolean {
  return checkAmount(value, asset).ok;
}

/** True for any decimal string Paxos may send back (zero and "0.0000000" included). */
export function isDecimalString(value: unknown): value is string {
  return typeof value === 'string' && /^-?\d+(?:\.\d+)?$/.test(value);
}

function toDec(value: string): Dec {
  if (!isDecimalString(value)) {
    throw new AppError('validation', `"${String(value).slice(0, 40)}" is not a decimal amount.`, {
      field: 'amount',
      detail: 'not a decimal string',
    });
  }
  return new D(value);
}

/** -1, 0 or 1, numerically ("1.50" equals "1.5"). */
export function compareAmounts(a: string, b: string): -1 | 0 | 1 {
  return toDec(a).comparedTo(toDec(b)) as -1 | 0 | 1;
}

export function amountsEqual(a: string, b: string): boolean {
  return compareAmounts(a, b) === 0;
}

export function addAmounts(a: string, b: string): string {
  return toDec(a).plus(toDec(b)).toFixed();
}

/**
 * The sum of many amounts (totals over 100,000 rows); "0" for none. Exact: plain decimal strings
 * are added as integers scaled to the longest fraction (BigInt), which is ~50× faster than
 * decimal.js in this loop; anything else (an exponent, a sign) goes through decimal.js.
 */
export function sumAmounts(values: Iterable<string>): string {
  const list = [...values];
  if (!list.every((v) => AMOUNT_PATTERN.test(v))) {
    let total = new D(0);
    for (const value of list) total = total.plus(toDec(value));
    return total.toFixed();
  }
  const scale = list.reduce((max, v) => Math.max(max, (v.split('.')[1] ?? '').length), 0);
  let total = 0n;
  for (const v of list) {
    const [whole = '0', fraction = ''] = v.split('.');
    total += BigInt(whole + fraction.padEnd(scale, '0'));
  }
  const digits = total.toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

export function subtractAmounts(a: string, b: string): string {
  return toDec(a).minus(toDec(b)).toFixed();
}

export function isZeroAmount(a: string): boolean {
  return toDec(a).isZero();
}

export interface FormatOptions {
  /** Pad the fraction with zeros to at least this many places (never cuts digits). */
  minFractionDigits?: number;
}

/**
 * "1234567.5" + "USD" → "1,234,567.50 USD". Never rounds: every digit of the value is kept,
 * the fraction is only padded (to 2 places by default for readability).
 */
export function formatAmount(value: string, asset?: string, options: FormatOptions = {}): string {
  const minFraction = options.minFractionDigits ?? 2;
  const plain = toDec(value).toFixed();
  const negative = plain.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? plain.slice(1) : plain).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const paddedFraction = fraction.padEnd(minFraction, '0');
  const number = `${negative ? '-' : ''}${grouped}${paddedFraction ? `.${paddedFraction}` : ''}`;
  return asset ? `${number} ${asset}` : number;
}
