import { describe, expect, it } from 'vitest';
import { intentStates, type IntentState } from '../../../../main/desk/store/intents/intent';
import { LEGAL } from './intent-lifecycle-spec';
import {
  assertTransition,
  canTransition,
  isQueuedIntentExpired,
  isTerminal,
  mayHaveBeenSent,
} from '../../../../main/desk/store/intents/intent-state-machine';

const pairs = intentStates.flatMap((from) =>
  intentStates.map((to) => [from, to] as [IntentState, IntentState]),
);

describe('intent state machine', () => {
  it.each(pairs.filter(([f, t]) => LEGAL.has(`${f}>${t}`)))('allows %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(() => assertTransition(from, to)).not.toThrow();
  });

  it.each(pairs.filter(([f, t]) => !LEGAL.has(`${f}>${t}`)))(
    'rejects %s → %s with a conflict',
    (from, to) => {
      expect(canTransition(from, to)).toBe(false);
      expect(() => assertTransition(from, to)).toThrow(
        expect.objectContaining({ code: 'conflict', details: { from, to } }),
      );
    },
  );

  it('never lets a send that may have happened go straight back to the queue', () => {
    expect(canTransition('sending', 'queued')).toBe(false);
    expect(canTransition('sending', 'reconciling') && canTransition('reconciling', 'queued')).toBe(
      true,
    );
  });

  it('tells the operator plainly why a sent request cannot be cancelled', () => {
    expect(() => assertTransition('sending', 'cancelled')).toThrow('already been sent to Paxos');
    expect(() => assertTransition('submitted', 'cancelled')).toThrow('already been sent to Paxos');
  });

  it('has exactly completed, failed, cancelled and abandoned as terminal states', () => {
    expect(intentStates.filter(isTerminal).sort()).toEqual([
      'abandoned',
      'cancelled',
      'completed',
      'failed',
    ]);
  });

  it('knows when a request may have left the machine', () => {
    expect(mayHaveBeenSent({ state: 'queued', attempts: 0 })).toBe(false);
    expect(mayHaveBeenSent({ state: 'cancelled', attempts: 0 })).toBe(false);
    expect(mayHaveBeenSent({ state: 'sending', attempts: 1 })).toBe(true);
    // Back in the queue after reconciliation: it was attempted before.
    expect(mayHaveBeenSent({ state: 'queued', attempts: 1 })).toBe(true);
    // Expired before it was ever sent: still only on this desk.
    expect(mayHaveBeenSent({ state: 'needs_attention', attempts: 0 })).toBe(false);
    expect(mayHaveBeenSent({ state: 'needs_attention', attempts: 2 })).toBe(true);
  });

  it('expires queued intents by creation time, or by the last confirmation', () => {
    const createdAt = '2026-03-01T10:00:00.000Z';
    const at = (iso: string) => new Date(iso);
    expect(
      isQueuedIntentExpired({ state: 'queued', createdAt }, at('2026-03-01T10:59:00Z'), 60),
    ).toBe(false);
    expect(
      isQueuedIntentExpired({ state: 'queued', createdAt }, at('2026-03-01T11:01:00Z'), 60),
    ).toBe(true);
    const confirmedAt = '2026-03-01T11:00:00.000Z';
    expect(
      isQueuedIntentExpired(
        { state: 'queued', createdAt, confirmedAt },
        at('2026-03-01T11:30:00Z'),
        60,
      ),
    ).toBe(false);
    expect(
      isQueuedIntentExpired({ state: 'submitted', createdAt }, at('2026-03-09T00:00:00Z'), 60),
    ).toBe(false);
  });
});
