// A profile's available balance as last seen from Paxos, and whether a typed amount is over it:
// the forms warn (never block — funds may arrive first; Paxos and main decide).
import { parseAmountText } from '../../../../shared/amount-parse';
import { compareAmounts, isDecimalString } from '../../../../shared/money';

type Balances = readonly { asset: string; available: string }[];

/** The profile's available balance of `asset`; '0' when it holds none. */
export const availableOf = (balances: Balances, asset: string): string =>
  balances.find((b) => b.asset === asset)?.available ?? '0';

/** True when `typed` reads as an amount of `asset` greater than `available` (when known). */
export function isOverAvailable(
  typed: string,
  asset: string,
  available: string | undefined,
): boolean {
  const reading = parseAmountText(typed, asset);
  return (
    available !== undefined &&
    reading.ok &&
    isDecimalString(available) &&
    compareAmounts(reading.amount, available) > 0
  );
}
