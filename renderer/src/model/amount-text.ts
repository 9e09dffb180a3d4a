// What the amount field accepts, as pure functions so they can be tested without a DOM.
// The text is never converted to a number: it is checked character by character, and a change
// that would make it invalid is refused (the field keeps its previous text) instead of being
// "corrected", because a corrected amount is an amount the operator did not type.
import { precisionOf } from '../../../shared/assets';

/** Digits with at most one dot, spaces around allowed. Empty is allowed (the field is being cleared). */
const PARTIAL_AMOUNT = /^\s*\d*(?:\.\d*)?\s*$/;

export type AmountTextCheck = { ok: true; text: string } | { ok: false; reason: string };

export function decimalPlacesFor(asset: string): number {
  // An asset the app does not know gets the strictest stablecoin precision rather than none.
  return precisionOf(asset) ?? 6;
}

/** Checks text as it is being typed (partial input such as "12." is fine). */
export function checkTypedAmount(text: string, asset: string): AmountTextCheck {
  if (!PARTIAL_AMOUNT.test(text)) return { ok: false, reason: describeAmountProblem(text) };
  const places = decimalPlacesFor(asset);
  const fraction = text.trim().split('.')[1] ?? '';
  if (fraction.length > places) {
    return { ok: false, reason: `${asset} allows at most ${places} decimal places.` };
  }
  return { ok: true, text };
}

/** "1,234,567.50" written with thousands commas, and nothing else that uses a comma. */
const THOUSANDS_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;

/**
 * Cleans pasted text: surrounding spaces go, and commas go only when they are unmistakably
 * thousands separators. "1,5" is refused, not read as 15 (or as 1.5): guessing a separator
 * could move money by a factor of a thousand.
 */
export function cleanPastedAmount(pasted: string): AmountTextCheck {
  const trimmed = pasted.trim();
  if (THOUSANDS_GROUPED.test(trimmed)) return { ok: true, text: trimmed.replace(/,/g, '') };
  if (trimmed.includes(',')) {
    return {
      ok: false,
      reason: `"${trimmed.slice(0, 30)}" is ambiguous: use a dot for decimals, e.g. 1234.56.`,
    };
  }
  return { ok: true, text: trimmed };
}

/** Inserts pasted text at the selection and checks the result as a whole. */
export function applyPaste(
  current: string,
  pasted: string,
  selection: { start: number; end: number },
  asset: string,
): AmountTextCheck {
  const cleaned = cleanPastedAmount(pasted);
  if (!cleaned.ok) return cleaned;
  const next = current.slice(0, selection.start) + cleaned.text + current.slice(selection.end);
  return checkTypedAmount(next, asset);
}

/**
 * The "Max" amount: the available balance exactly as Paxos sent it. Trailing zeros beyond the
 * asset's precision are dropped (the value is unchanged); any other excess precision is
 * refused rather than rounded, with the reason.
 */
export function maxAmountText(available: string, asset: string): AmountTextCheck {
  const match = /^(\d+)(?:\.(\d*))?$/.exec(available.trim());
  if (!match)
    return { ok: false, reason: `The available balance "${available}" is not a plain amount.` };
  const whole = match[1] ?? '0';
  let fraction = match[2] ?? '';
  const places = decimalPlacesFor(asset);
  while (fraction.length > places && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  if (fraction.length > places) {
    return {
      ok: false,
      reason: `The available balance has more than ${places} decimal places, which ${asset} cannot send. Enter the amount yourself.`,
    };
  }
  return { ok: true, text: fraction ? `${whole}.${fraction}` : whole };
}

/** Says plainly what is wrong with text that is not an amount, naming the offending part. */
export function describeAmountProblem(text: string): string {
  const t = text.trim();
  if (t.startsWith('-')) return 'An amount cannot be negative.';
  if (t.includes(',')) return 'Commas are not accepted: type 1250.50, not 1,250.50 or 1250,50.';
  if ((t.match(/\./g) ?? []).length > 1) return 'Only one dot is allowed: it separates the cents.';
  if (/\s/.test(t)) return 'Spaces are allowed only before or after the amount.';
  const bad = /[^\d.]/.exec(t)?.[0];
  return bad
    ? `"${bad}" is not allowed: use digits and at most one dot, e.g. 1250.50.`
    : 'Use digits and at most one dot, e.g. 1250.50.';
}

/**
 * What the operator meant, in the plain form main accepts: spaces around are dropped, ".5"
 * becomes "0.5" and "12." becomes "12". Only these rewrites, none of which changes the value.
 */
export function normalizeAmountText(text: string): string {
  let t = text.trim();
  if (t.startsWith('.')) t = `0${t}`;
  if (t.endsWith('.')) t = t.slice(0, -1);
  return t;
}
