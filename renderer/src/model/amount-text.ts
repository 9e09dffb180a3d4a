// What "Max" puts in the amount field, as a pure function so it can be tested without a DOM.
// Typed and pasted text is read by the one parser in shared/amount-parse.ts.
import { amountPlacesFor } from '../../../shared/amount-parse';

export type AmountTextCheck = { ok: true; text: string } | { ok: false; reason: string };

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
  const places = amountPlacesFor(asset);
  while (fraction.length > places && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  if (fraction.length > places) {
    return {
      ok: false,
      reason: `The available balance has more than ${places} decimal places, which ${asset} cannot send. Enter the amount yourself.`,
    };
  }
  return { ok: true, text: fraction ? `${whole}.${fraction}` : whole };
}
