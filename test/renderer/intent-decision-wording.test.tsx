// Issue 11: the words for the operator-decision model. A request that may have reached Paxos is
// never called "never sent", offers no Cancel, and offers Abandon only after main checked Paxos.
import { describe, expect, it } from 'vitest';
import type { IntentView } from '../../shared/views';
import {
  canAbandonIntent,
  canCancelIntent,
  intentStateLabel,
  intentTone,
} from '../../renderer/src/model/intent-states';

const intent = (over: Partial<IntentView>): IntentView => ({
  id: 'i-1',
  kind: 'create_orchestration',
  refId: 'td-1',
  state: 'queued',
  summary: 'Redeem',
  createdAt: '2026-11-30T12:00:00.000Z',
  updatedAt: '2026-11-30T12:00:00.000Z',
  attempts: 0,
  ...over,
});

describe('intent decision wording', () => {
  it('abandoned reads "not found at Paxos after N checks", never "never sent"', () => {
    const label = intentStateLabel(
      intent({ state: 'abandoned', checks: 3, attempts: 2, mayHaveBeenSent: true }),
    );
    expect(label).toBe('Abandoned — not found at Paxos after 3 checks');
    expect(label).not.toMatch(/never sent/i);
  });

  it('cancel only for what never left this desk; abandon only for what may have', () => {
    expect(canCancelIntent(intent({ state: 'needs_attention', mayHaveBeenSent: false }))).toBe(
      true,
    );
    expect(
      canCancelIntent(intent({ state: 'needs_attention', attempts: 1, mayHaveBeenSent: true })),
    ).toBe(false);
    expect(
      canAbandonIntent(intent({ state: 'needs_attention', attempts: 1, mayHaveBeenSent: true })),
    ).toBe(true);
    expect(canAbandonIntent(intent({ state: 'needs_attention', mayHaveBeenSent: false }))).toBe(
      false,
    );
    expect(
      canAbandonIntent(
        intent({
          state: 'needs_attention',
          mayHaveBeenSent: true,
          lastError: { code: 'answer_mismatch', message: 'x' },
        }),
      ),
    ).toBe(false);
  });

  it('an alert (a cancelled or abandoned request seen at Paxos) is shown as bad', () => {
    expect(
      intentTone(
        intent({ state: 'submitted', alert: 'Abandoned request td-1 was found at Paxos' }),
      ),
    ).toBe('bad');
  });

  it('a bank account or rule Paxos received is never green "Confirmed": Paxos still reviews it', () => {
    for (const kind of ['create_fiat_account', 'update_fiat_account', 'create_rule']) {
      const received = intent({ kind, state: 'completed' });
      expect(intentStateLabel(received)).toBe('Received by Paxos');
      expect(intentTone(received)).toBe('neutral');
    }
    expect(intentTone(intent({ kind: 'create_orchestration', state: 'completed' }))).toBe('ok');
  });
});
