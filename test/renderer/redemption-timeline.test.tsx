// The mapping from intent and orchestration (legs) to the four steps an operator follows.
import { describe, expect, it } from 'vitest';
import {
  redemptionTimeline,
  stepsDone,
  type StepState,
} from '../../renderer/src/model/redemption-timeline';
import { intent, orchestration } from './support/fixtures';

const states = (t: ReturnType<typeof redemptionTimeline>): StepState[] =>
  t.steps.map((s) => s.state);

describe('redemption timeline', () => {
  it('a queued intent is not submitted yet, and says so', () => {
    const t = redemptionTimeline({ intent: intent({ state: 'queued' }) });
    expect(states(t)).toEqual(['current', 'pending', 'pending', 'pending']);
    expect(t.outcome).toBe('queued');
    expect(t.headline).toBe('Queued — not sent');
    // Issue 24.3: the timeline never names a queued request's first step "Submitted".
    expect(t.steps[0]?.label).toBe('Queued — not sent');
    for (const state of ['queued', 'sending', 'reconciling', 'needs_attention', 'cancelled'])
      expect(redemptionTimeline({ intent: intent({ state }) }).steps[0]?.label, state).not.toBe(
        'Submitted',
      );
  });

  it('an intent waiting for confirmation explains why', () => {
    const t = redemptionTimeline({
      intent: intent({ state: 'needs_attention', confirmationNeeded: 'The balance changed.' }),
    });
    expect(t.steps[0]?.label).toBe('Needs your confirmation');
    expect(t.steps[0]?.note).toBe('The balance changed.');
  });

  it('a submitted intent without an orchestration yet waits for the first status', () => {
    const t = redemptionTimeline({ intent: intent({ state: 'submitted', paxosId: 'orch-1' }) });
    expect(states(t)).toEqual(['done', 'current', 'pending', 'pending']);
  });

  it('a cancelled or failed intent fails the first step with the reason', () => {
    expect(redemptionTimeline({ intent: intent({ state: 'cancelled' }) }).outcome).toBe(
      'cancelled',
    );
    const failed = redemptionTimeline({
      intent: intent({
        state: 'failed',
        lastError: { code: 'validation', message: 'Bank account rejected' },
      }),
    });
    expect(states(failed)[0]).toBe('failed');
    expect(failed.headline).toBe('Failed: Bank account rejected');
  });

  it('maps the legs: converting, then sending the wire', () => {
    expect(states(redemptionTimeline({ orchestration: orchestration() }))).toEqual([
      'done',
      'current',
      'pending',
      'pending',
    ]);
    const wire = redemptionTimeline({
      orchestration: orchestration({
        sourceLeg: { status: 'COMPLETED' },
        destinationLeg: { status: 'PROCESSING' },
      }),
    });
    expect(states(wire)).toEqual(['done', 'done', 'current', 'pending']);
    expect(wire.headline).toBe('Sending wire');
  });

  it('is never completed before Paxos says COMPLETED', () => {
    const legsDone = orchestration({
      status: 'PROCESSING',
      sourceLeg: { status: 'COMPLETED' },
      destinationLeg: { status: 'COMPLETED' },
    });
    expect(states(redemptionTimeline({ orchestration: legsDone }))).toEqual([
      'done',
      'done',
      'done',
      'pending',
    ]);
    const completed = redemptionTimeline({ orchestration: orchestration({ status: 'COMPLETED' }) });
    expect(completed.outcome).toBe('completed');
    expect(stepsDone(completed)).toBe(4);
  });

  it('a failure marks the step that was under way, with the fail reason', () => {
    const t = redemptionTimeline({
      orchestration: orchestration({
        status: 'FAILED',
        failReason: 'Beneficiary bank rejected the wire',
        sourceLeg: { status: 'COMPLETED' },
        destinationLeg: { status: 'FAILED' },
      }),
    });
    expect(states(t)).toEqual(['done', 'done', 'failed', 'pending']);
    expect(t.headline).toBe('Failed: Beneficiary bank rejected the wire');
  });

  it('PENDING is awaiting approval at Paxos: submitted waits, nothing converts', () => {
    for (const status of ['PENDING', 'PENDING_APPROVAL']) {
      const t = redemptionTimeline({
        orchestration: orchestration({ status, sourceLeg: { status: 'PENDING' } }),
      });
      expect(states(t)).toEqual(['current', 'pending', 'pending', 'pending']);
      expect(t.headline).toBe('Awaiting approval at Paxos');
      expect(t.outcome).toBe('awaiting_approval');
      expect(t.steps.find((s) => s.state === 'current')?.label).not.toBe('Converting');
    }
  });

  it('REJECTED is rejected by Paxos, with the reason when Paxos gives one', () => {
    const t = redemptionTimeline({
      orchestration: orchestration({
        status: 'REJECTED',
        failReason: 'Exceeds the approver limit',
        // The simulator marks the debit leg FAILED when it refunds: still a rejection.
        sourceLeg: { status: 'FAILED' },
      }),
    });
    expect(states(t)).toEqual(['failed', 'pending', 'pending', 'pending']);
    expect(t.outcome).toBe('rejected');
    expect(t.headline).toBe('Rejected by Paxos: Exceeds the approver limit');
    expect(t.steps[0]?.note).toBe('Rejected by Paxos: Exceeds the approver limit');
    const silent = redemptionTimeline({
      orchestration: orchestration({ status: 'REJECTED', sourceLeg: undefined }),
    });
    expect(silent.headline).toBe('Rejected by Paxos');
    expect(silent.headline).not.toMatch(/Converting|Failed/);
  });

  it('a status no document names is shown as Paxos wrote it, not guessed', () => {
    const odd = redemptionTimeline({
      orchestration: orchestration({ status: 'ON_HOLD', sourceLeg: { status: 'FROZEN' } }),
    });
    expect(odd.steps[1]?.note).toBe('Paxos status: FROZEN');
    expect(odd.steps[3]?.note).toBe('Paxos status: ON_HOLD');
    expect(odd.headline).toBe('Paxos status: ON_HOLD');
    expect(odd.outcome).toBe('in_progress');
    const bare = redemptionTimeline({
      orchestration: orchestration({ status: 'Held_For_Review', sourceLeg: undefined }),
    });
    expect(states(bare)).toEqual(['done', 'pending', 'pending', 'pending']);
    expect(bare.headline).toBe('Paxos status: Held_For_Review');
  });
});
