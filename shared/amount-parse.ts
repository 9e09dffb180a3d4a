// The one reading of an amount an operator typed or pasted, for every amount field. The field
// shows the text exactly as typed; this says either what amount it means (a canonical decimal
// string, the only form main accepts) or why it cannot be used, in words the operator can act
// on. It never guesses: a text that could mean two amounts is refused with the reason.
//
// What it accepts, as bank statements and spreadsheets print amounts (US conventions):
// - digits with one dot for decimals: `150000`, `150000.5`, `.5`, `12.`;
// - commas only between groups of three digits: `150,000.00`, `1,250` (= 1250);
// - spaces around, a `$` or `US$` in front (every asset the app knows is a dollar), and the
//   field's own asset code before or after (`USD 150,000.00` in a USD field, `150,000.00 USDC`
//   in a USDC field, any case). Another code (`USD` in a USDC field, `EUR`) is refused: the
//   operator should not have to wonder which amount was meant;
// - zeros after the asset's last decimal place (`10.500` in a USD field = 10.50): they change
//   nothing. Any other digit past the asset's precision is refused, never rounded.
// What it refuses, each with its own reason: empty, negative (`-5`, `(5.00)`, `5-`), a `+`
// sign, exponents (`1e6`), European formats (`1.250,50`, `1.250.000`), commas elsewhere than
// between thousands (`1,50,000`), a single comma before one or two digits (`12,50`: decimals or
// a typo?), several dots, spaces inside, letters, no digits, too many decimals, zero, and more
// than 15 whole digits.
import { precisionOf } from './assets';
import { checkAmount } from './money';

export type AmountRefusalCode =
  | 'empty'
  | 'negative'
  | 'sign'
  | 'exponent'
  | 'european'
  | 'misplaced_grouping'
  | 'ambiguous_comma'
  | 'multiple_dots'
  | 'spaces_inside'
  | 'letters'
  | 'no_digits'
  | 'wrong_currency'
  | 'too_many_decimals'
  | 'too_large'
  | 'zero';

export type AmountReading =
  { ok: true; amount: string } | { ok: false; code: AmountRefusalCode; message: string };

const MAX_WHOLE_DIGITS = 15;
/** Minus signs as they arrive from documents: hyphen, Unicode minus, en dash. */
const MINUS = /[-\u2212\u2013]/;
const CODE_BEFORE = /^([A-Za-z]{3,5})\s*(?=[\d$.,+(\-\u2212\u2013])/;
const CODE_AFTER = /(?<=[\d.,)\-\u2212\u2013])\s*([A-Za-z]{3,5})$/;
const US_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
const EUROPEAN_GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d*)?$/;

const refuse = (code: AmountRefusalCode, message: string): AmountReading => ({
  ok: false,
  code,
  message,
});

const quoted = (text: string) => `“${text.length > 30 ? `${text.slice(0, 30)}…` : text}”`;

/** The decimal places an amount in `asset` may have; an unknown asset gets the strictest coin's. */
export function amountPlacesFor(asset: string): number {
  return precisionOf(asset) ?? 6;
}

/** Reads `text` as an amount of `asset`: the canonical decimal string, or why it cannot be used. */
export function parseAmountText(text: string, asset: string): AmountReading {
  const trimmed = text.trim();
  if (trimmed === '') return refuse('empty', 'Enter an amount.');
  const unwrapped = stripCurrency(trimmed, asset);
  if (!unwrapped.ok) return unwrapped;
  return readNumber(unwrapped.amount, trimmed, asset);
}

/** Removes the field's own asset code and a dollar sign; refuses another currency's code. */
function stripCurrency(trimmed: string, asset: string): AmountReading {
  let body = trimmed;
  for (const pattern of [CODE_BEFORE, CODE_AFTER]) {
    const code = pattern.exec(body)?.[1];
    if (code === undefined) continue;
    if (code.toUpperCase() !== asset.toUpperCase()) {
      return refuse(
        'wrong_currency',
        `This amount says ${code.toUpperCase()}, but this field is in ${asset}. Type the ${asset} amount without another currency.`,
      );
    }
    body = body.replace(pattern, '');
  }
  // A leading sign may sit before or after the dollar sign: "-$5", "$-5".
  const dollar = /^([-\u2212\u2013+]?)\s*(?:US)?\$\s*/i.exec(body);
  if (dollar) {
    if (precisionOf(asset) === undefined) {
      return refuse('wrong_currency', `The $ sign is for dollars; this field is in ${asset}.`);
    }
    body = dollar[1] + body.slice(dollar[0].length);
  }
  return { ok: true, amount: body.trim() };
}

function readNumber(body: string, typed: string, asset: string): AmountReading {
  if (/^\(.*\)$/.test(body) || MINUS.test(body[0] ?? '') || MINUS.test(body.at(-1) ?? '')) {
    return refuse('negative', 'An amount cannot be negative: type it without a minus sign.');
  }
  if (body.startsWith('+')) return refuse('sign', 'Type the amount without a + sign.');
  if (/^\d*\.?\d*e[+-]?\d*$/i.test(body) && /\d/.test(body)) {
    return refuse(
      'exponent',
      `${quoted(typed)} is written with an exponent: type every digit, e.g. 1000000 rather than 1e6.`,
    );
  }
  if (/\s/.test(body)) {
    return refuse(
      'spaces_inside',
      'Spaces are allowed only before or after the amount: write 150000.00 or 150,000.00.',
    );
  }
  const stray = /[^\d.,]/.exec(body)?.[0];
  if (stray !== undefined) {
    return refuse(
      'letters',
      `${quoted(stray)} cannot be part of an amount: use digits, a dot for decimals and commas between thousands, e.g. 1,250.50.`,
    );
  }
  if (!/\d/.test(body)) return refuse('no_digits', 'Type the amount in digits, e.g. 1,250.50.');
  const plain = ungroup(body, typed);
  if (!plain.ok) return plain;
  return checkDigits(plain.amount, asset);
}

/** Digits and at most one dot, from a text whose only other characters are dots and commas. */
function ungroup(body: string, typed: string): AmountReading {
  const commas = body.split(',').length - 1;
  const dots = body.split('.').length - 1;
  const european = () =>
    refuse(
      'european',
      `${quoted(typed)} looks like a European format: use a dot for decimals and commas only between thousands, e.g. ${swapSeparators(body)}.`,
    );
  const misplaced = () =>
    refuse(
      'misplaced_grouping',
      `${quoted(typed)} has a comma in the wrong place: commas go only between groups of three digits, e.g. 150,000.00.`,
    );
  const multipleDots = () =>
    refuse('multiple_dots', 'Only one dot is allowed in an amount: it separates the cents.');
  if (commas > 0 && dots > 0) {
    if (body.lastIndexOf(',') > body.lastIndexOf('.')) return european();
    if (US_GROUPED.test(body)) return { ok: true, amount: body.replace(/,/g, '') };
    return dots > 1 ? multipleDots() : misplaced();
  }
  if (dots > 1) return EUROPEAN_GROUPED.test(body) ? european() : multipleDots();
  if (commas > 0) {
    if (US_GROUPED.test(body)) return { ok: true, amount: body.replace(/,/g, '') };
    if (commas === 1 && /^\d*,\d{1,2}$/.test(body)) {
      return refuse(
        'ambiguous_comma',
        `${quoted(typed)} is ambiguous: a comma before one or two digits could be a decimal point. Use a dot for decimals (${body.replace(',', '.')}); commas go only between groups of three digits (1,250).`,
      );
    }
    return misplaced();
  }
  return { ok: true, amount: body };
}

/** "1.250,50" → "1,250.50": the example the European-format refusal offers. */
function swapSeparators(body: string): string {
  return body.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));
}

/** Precision, size and zero, on digits with at most one dot; the canonical form at the end. */
function checkDigits(plain: string, asset: string): AmountReading {
  const [rawWhole = '', rawFraction = ''] = plain.split('.');
  const places = amountPlacesFor(asset);
  let fraction = rawFraction;
  // Zeros past the last place the asset has change nothing; any other digit there would be lost.
  while (fraction.length > places && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  if (fraction.length > places) {
    const why = asset === 'USD' ? ' (a wire moves whole cents)' : '';
    return refuse(
      'too_many_decimals',
      `${asset} allows at most ${places} decimal places${why}; this amount has ${rawFraction.length}.`,
    );
  }
  const whole = rawWhole.replace(/^0+(?=\d)/, '') || '0';
  if (whole.length > MAX_WHOLE_DIGITS) {
    return refuse('too_large', 'That is more than 999 trillion: check the amount.');
  }
  if (/^0*$/.test(whole + fraction)) {
    return refuse('zero', 'The amount must be more than zero.');
  }
  const amount = fraction ? `${whole}.${fraction}` : whole;
  // The canonical form is exactly what main accepts; if the two rules ever drift apart, the
  // field refuses rather than letting main refuse later with a less helpful message.
  const strict = checkAmount(amount, asset);
  return strict.ok ? { ok: true, amount } : refuse('no_digits', `The amount ${strict.detail}.`);
}
