// Which incoming wire is which expected wire. A wire is matched by its memo first: it must quote
// the memo the expected wire was noted under (banks add words around it, and may change case or
// spacing, so the memo is looked for inside the wire's memo, letters and digits only). Among the
// expected wires with that memo, the amount sent must be the one expected, exactly, and the day
// it reached Paxos within MATCH_WINDOW_DAYS of the day expected; the closest day wins, then the
// note made first. A wire with no such expected wire stays unmatched and is shown as such: a
// recurring funding wire a week off, or one of another amount, is a different wire until the
// operator says otherwise. Each expected wire and each incoming wire is matched at most once.
import { amountsEqual, isDecimalString } from '../../../shared/money';
import type { Transfer } from '../../../shared/paxos/responses';
import type { ExpectedWire } from './incoming-store';

export const MATCH_WINDOW_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

const memoKey = (text: string) => text.toUpperCase().replace(/[^A-Z0-9]/g, '');

/** Whether the wire's memo quotes `memoId`. */
export function quotesMemo(wireMemo: string | undefined, memoId: string): boolean {
  const key = memoKey(memoId);
  return key.length > 0 && memoKey(wireMemo ?? '').includes(key);
}

function dayDistance(at: string | undefined, expectedOn: string): number | undefined {
  if (!at) return undefined;
  const arrived = Date.parse(`${at.slice(0, 10)}T00:00:00Z`);
  const expected = Date.parse(`${expectedOn}T00:00:00Z`);
  if (Number.isNaN(arrived) || Number.isNaN(expected)) return undefined;
  return Math.abs(arrived - expected) / DAY_MS;
}

export interface WireMatch {
  expectedId: string;
  transferId: string;
}

/** New matches between wires not yet matched and expected wires not yet matched. */
export function matchWires(
  wires: readonly Transfer[],
  expected: readonly ExpectedWire[],
): WireMatch[] {
  const taken = new Set(expected.flatMap((e) => (e.matchedTransferId ? [e.id] : [])));
  const matchedWires = new Set(expected.flatMap((e) => e.matchedTransferId ?? []));
  const matches: WireMatch[] = [];
  const arrivals = [...wires]
    .filter((w) => !matchedWires.has(w.id))
    .sort((a, b) => (a.created_at ?? '').localeCompare(b.created_at ?? ''));
  for (const wire of arrivals) {
    const { amount } = wire;
    if (!amount || !isDecimalString(amount)) continue;
    let best: { e: ExpectedWire; distance: number } | undefined;
    for (const e of expected) {
      if (taken.has(e.id) || !quotesMemo(wire.memo, e.memoId) || !amountsEqual(amount, e.amount))
        continue;
      const distance = dayDistance(wire.created_at, e.expectedOn);
      if (distance === undefined || distance > MATCH_WINDOW_DAYS) continue;
      if (
        !best ||
        distance < best.distance ||
        (distance === best.distance && e.createdAt < best.e.createdAt)
      )
        best = { e, distance };
    }
    if (best) {
      taken.add(best.e.id);
      matches.push({ expectedId: best.e.id, transferId: wire.id });
    }
  }
  return matches;
}
