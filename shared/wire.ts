// Facts about the USD wire at the end of every redemption, shared by the renderer's checks and
// main's, so a request the renderer lets through is judged by the same rule in main.
//
// A wire moves whole cents. Stablecoins carry 6 to 18 decimals, so a redemption of 1.123456 USDC
// would "receive" $1.123456, which no bank can credit. Paxos documents the precision of a pair
// as the lowest of the two (USD 0.01) and says nothing of what it does with the rest. The desk
// therefore refuses a redemption whose amount is not whole cents, at the review and again in
// main before it is queued and before it is sent: the operator redeems 1.12 and keeps the
// 0.003456 in the profile, instead of a remainder whose fate nobody can state.
import { isDecimalString, subtractAmounts } from './money';

/** A wire moves whole cents. Stablecoins redeem 1:1, so less than this in coin would wire $0.00. */
export const MIN_WIRE_USD = '0.01';

/** An amount split at the cent: what a wire can carry, and what lies beyond it (if anything). */
export interface CentSplit {
  /** Whole cents, truncated (never rounded up): "1.12" for "1.123456". */
  cents: string;
  /** What a wire cannot carry: "0.003456", or undefined when the amount is whole cents. */
  beyond?: string;
}

/** Splits a plain non-negative decimal string at the cent; undefined for anything else. */
export function splitAtCent(amount: string): CentSplit | undefined {
  if (!isDecimalString(amount) || amount.startsWith('-')) return undefined;
  const [whole = '0', fraction = ''] = amount.split('.');
  const cents = `${whole}.${fraction.slice(0, 2).padEnd(2, '0')}`;
  if (!/[1-9]/.test(fraction.slice(2))) return { cents };
  return { cents, beyond: subtractAmounts(amount, cents) };
}

/**
 * Why a redemption amount cannot be wired as it is, in the operator's words (the amount field's
 * message and main's refusal say the same), or undefined when it is whole cents.
 */
export function subCentProblem(amount: string, asset: string): string | undefined {
  const split = splitAtCent(amount);
  if (!split?.beyond) return undefined;
  return `A wire moves whole cents: ${amount} ${asset} would arrive as $${split.cents}, and Paxos does not say what happens to the ${split.beyond} left over. Redeem ${split.cents} ${asset} instead; the rest stays in the profile.`;
}
