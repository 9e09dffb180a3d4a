// Matching incoming wires to expected ones: by memo (inside the bank's text, case and spacing
// aside), the exact amount sent, and the day within a week; the closest day wins; each side is
// matched once; anything else stays unmatched.
import { describe, expect, it } from 'vitest';
import type { ExpectedWire } from '../../../../main/desk/incoming/incoming-store';
import { matchWires, quotesMemo } from '../../../../main/desk/incoming/wire-matching';
import type { Transfer } from '../../../../shared/paxos/responses';

const wire = (id: string, amount: string, memo: string | undefined, day: string): Transfer => ({
  id,
  type: 'WIRE_DEPOSIT',
  status: 'PENDING',
  amount,
  ...(memo ? { memo } : {}),
  created_at: `${day}T15:00:00Z`,
});
const expected = (id: string, amount: string, day: string, extra: Partial<ExpectedWire> = {}) => ({
  id,
  profileId: 'p1',
  memoId: 'AB9YSNQHTZJE2SGM',
  amount,
  expectedOn: day,
  note: id,
  createdAt: `2026-12-01T00:00:0${id.length}Z`,
  ...extra,
});

describe('matching incoming wires', () => {
  it('finds the memo inside what the bank wrote, whatever the case and spacing', () => {
    expect(quotesMemo('REF: ab9y snqh tzje 2sgm / ACME', 'AB9YSNQHTZJE2SGM')).toBe(true);
    expect(quotesMemo('AB9YSNQHTZJE2SG', 'AB9YSNQHTZJE2SGM')).toBe(false);
    expect(quotesMemo(undefined, 'AB9YSNQHTZJE2SGM')).toBe(false);
    expect(quotesMemo('anything', '')).toBe(false);
  });

  it('matches memo + exact amount within a week, the closest day first, each once', () => {
    const wires = [
      wire('w1', '250000.00', 'AB9YSNQHTZJE2SGM', '2026-12-08'),
      wire('w2', '250000', 'AB9YSNQHTZJE2SGM', '2026-12-09'),
      wire('w3', '250000.00', 'AB9YSNQHTZJE2SGM', '2026-12-30'), // three weeks off
      wire('w4', '249975.00', 'AB9YSNQHTZJE2SGM', '2026-12-08'), // another amount
      wire('w5', '250000.00', 'OTHERMEMO', '2026-12-08'), // another memo
      wire('w6', '250000.00', undefined, '2026-12-08'), // no memo
    ];
    const notes = [
      expected('far', '250000.00', '2026-12-04'),
      expected('near', '250000.00', '2026-12-08'),
    ];
    expect(matchWires(wires, notes)).toEqual([
      { expectedId: 'near', transferId: 'w1' },
      { expectedId: 'far', transferId: 'w2' },
    ]);
  });

  it('never matches an expected wire or an incoming wire twice', () => {
    const wires = [wire('w1', '100.00', 'AB9YSNQHTZJE2SGM', '2026-12-08')];
    const done = expected('done', '100.00', '2026-12-08', { matchedTransferId: 'w1' });
    expect(matchWires(wires, [done, expected('open', '100.00', '2026-12-08')])).toEqual([]);
    const taken = expected('taken', '100.00', '2026-12-08', { matchedTransferId: 'w0' });
    expect(matchWires(wires, [taken])).toEqual([]);
  });
});
