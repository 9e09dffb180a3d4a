// Issue 11, Deliver 6: the adversarial model test, 4,000 seeded steps of operator actions through
// the bridge handlers against the simulator behind the fault proxy. The invariants are checked
// after every step inside runAdversarialModel (test/support/adversarial-model.ts); a violation
// throws InvariantViolation with the step and action. `npm run soak` runs the long version.
import { describe, expect, it } from 'vitest';
import { progressLine, runAdversarialModel, type ModelStats } from '../support/adversarial-model';

// Four seeds: since mints and rules joined the model (issue 25), 1101 and 2202 alone may see no
// abandoned request land later (strays > 0 below); 2323 and 9909 each had one, alerted, when
// the seeds were chosen (1,000 steps each, 0 violations).
const SEEDS = [1101, 2202, 2323, 9909];
const STEPS_PER_SEED = 1000;

describe('adversarial model: money moves exactly once', () => {
  const runs: ModelStats[] = [];
  for (const seed of SEEDS) {
    it(`seed ${seed}: ${STEPS_PER_SEED} steps hold every invariant`, async () => {
      const stats = await runAdversarialModel({ seed, steps: STEPS_PER_SEED });
      runs.push(stats);
      console.log(
        `adversarial model seed ${seed}: ${progressLine(stats)} actions=${JSON.stringify(stats.actions)} faults=${JSON.stringify(stats.faults)} outcomes=${JSON.stringify(stats.outcomes)} final=${JSON.stringify(stats.finalStates)} decisionKinds=${JSON.stringify(stats.decisionKinds)} strayKinds=${JSON.stringify(stats.strayKinds)} completedChecked=${stats.completedChecked}`,
      );
      expect(stats.steps).toBe(STEPS_PER_SEED);
      // The run must have exercised what it claims to: decisions made, faults injected, sends done.
      expect(stats.decisions).toBeGreaterThan(20);
      expect(stats.orchestrations).toBeGreaterThan(0);
      expect(Object.keys(stats.faults).length).toBeGreaterThanOrEqual(5);
      // Nothing left hanging once faults are off: every decision settled one way or the other.
      expect(
        Object.keys(stats.finalStates).filter((s) =>
          ['queued', 'sending', 'reconciling'].includes(s),
        ),
      ).toEqual([]);
      // Every abandoned request that landed later was alerted (once, checked in the audit log)
      // and followed, or sent again by the operator; the model throws otherwise.
      expect(stats.straysAlerted + stats.straysResubmitted).toBe(stats.strays);
      // Approval (2026) was drawn: the simulator held requests and Paxos rejected some.
      expect(stats.faults.approvals ?? 0).toBeGreaterThan(0);
      // Issue 25: mints were decided (each held to one orchestration per ref_id like a
      // redemption) and Convert & Hold rules made (one rule per request, checked at the end).
      expect(stats.actions.mint ?? 0).toBeGreaterThan(0);
      expect(stats.outcomes['holdRule:ok'] ?? 0).toBeGreaterThan(0);
      // Issue 26: conversions between stablecoins and wires out were decided, wires out landed
      // at Paxos (one transfer per ref_id, thrown otherwise), and their faults were injected.
      expect(stats.decisionKinds.conversion ?? 0).toBeGreaterThan(0);
      expect(stats.decisionKinds.wireOut ?? 0).toBeGreaterThan(0);
      expect(stats.wireOuts).toBeGreaterThan(0);
      expect(
        Object.keys(stats.faults).filter((f) => f.startsWith('wireOut:')).length,
      ).toBeGreaterThanOrEqual(5);
    });
  }

  it('the fault mix made abandoned requests land at Paxos later, and the desk alerted on them', () => {
    // 0 alerts would prove nothing: the case must have happened (held creates delivered after
    // the operator abandoned them), and each such case raised its alert.
    expect(runs).toHaveLength(SEEDS.length);
    const strays = runs.reduce((sum, s) => sum + s.strays, 0);
    const alerted = runs.reduce((sum, s) => sum + s.straysAlerted, 0);
    expect(strays).toBeGreaterThan(0);
    expect(alerted).toBeGreaterThan(0);
    expect(runs.reduce((sum, s) => sum + s.alerts, 0)).toBe(alerted);
  });
});
