// The four steps an operator follows for one redemption, derived from what main knows:
// first the outbox intent (before Paxos has the orchestration: timeline-from-intent.ts), then
// the orchestration itself, read through its status meaning (orchestration-status.ts).
//
// Mapping (conservative: a step is "done" only when Paxos says so):
//   orchestration PENDING              → Submitted: current, "Awaiting approval at Paxos"; nothing converts
//   orchestration REJECTED             → Submitted: failed, "Rejected by Paxos" and its fail_reason.detail
//   sourceLeg PENDING / PROCESSING     → Converting: current   (stablecoin debited and converted)
//   sourceLeg COMPLETED                → Converting: done
//   destinationLeg PENDING/PROCESSING  → Wire sent: current, "Sending wire" (once converting is done)
//   destinationLeg COMPLETED           → Wire sent: done
//   orchestration COMPLETED            → every step done (Paxos's word is final)
//   orchestration FAILED, or a leg FAILED → the first step not done is failed, with fail reason
//   a status no document names         → "Paxos status: X" as Paxos wrote it; never read as done
import type { IntentView, OrchestrationView } from '../../../shared/views';
import { orchestrationMeaning } from './orchestration-status';
import { timelineFromIntent } from './timeline-from-intent';
import {
  firstStepOnly,
  step,
  type RedemptionTimeline,
  type StepState,
  type TimelineStep,
} from './timeline-steps';

export type {
  RedemptionOutcome,
  RedemptionTimeline,
  StepKey,
  StepState,
  TimelineStep,
} from './timeline-steps';

const KNOWN_LEG = ['PENDING', 'PROCESSING', 'COMPLETED', 'FAILED'];

function legState(
  status: string | undefined,
  previousDone: boolean,
): { state: StepState; note?: string } {
  const s = status?.toUpperCase();
  if (s === 'COMPLETED') return { state: 'done' };
  if (s === 'FAILED') return { state: 'failed' };
  if (!previousDone) return { state: 'pending' };
  if (s && !KNOWN_LEG.includes(s)) return { state: 'current', note: `Paxos status: ${status}` };
  return { state: 'current' };
}

function fromLegs(o: OrchestrationView): TimelineStep[] {
  const source = legState(o.sourceLeg?.status, true);
  const wire = legState(o.destinationLeg?.status, source.state === 'done');
  return [
    step('submitted', 'done'),
    step('converting', source.state, source.note),
    step('wire', wire.state, wire.state === 'current' ? (wire.note ?? 'Sending wire') : wire.note),
    step('completed', 'pending'),
  ];
}

function failed(steps: TimelineStep[], reason: string): RedemptionTimeline {
  const first = steps.find((s) => s.state !== 'done') ?? steps[3];
  if (first) Object.assign(first, { state: 'failed', note: reason });
  for (const s of steps) if (s !== first && s.state === 'current') s.state = 'pending';
  return { steps, outcome: 'failed', headline: `Failed: ${reason}` };
}

function fromOrchestration(o: OrchestrationView): RedemptionTimeline {
  const meaning = orchestrationMeaning(o.status);
  switch (meaning.outcome) {
    case 'succeeded':
      return {
        steps: (['submitted', 'converting', 'wire', 'completed'] as const).map((k) =>
          step(k, 'done'),
        ),
        outcome: 'completed',
        headline: meaning.label,
      };
    case 'awaiting_approval':
      return {
        steps: firstStepOnly('current', meaning.label),
        outcome: 'awaiting_approval',
        headline: meaning.label,
      };
    case 'rejected': {
      const said = o.failReason ? `${meaning.label}: ${o.failReason}` : meaning.label;
      return { steps: firstStepOnly('failed', said), outcome: 'rejected', headline: said };
    }
    default:
      break;
  }
  const steps = fromLegs(o);
  if (meaning.outcome === 'failed' || steps.some((s) => s.state === 'failed'))
    return failed(steps, o.failReason ?? 'Paxos gave no reason');
  if (meaning.outcome === 'unknown') {
    // Not a word any document has: said as Paxos wrote it, never guessed to be "Converting".
    const said = `Paxos status: ${o.status}`;
    if (!o.sourceLeg?.status) steps[1] = step('converting', 'pending');
    steps[3] = step('completed', 'pending', said);
    return { steps, outcome: 'in_progress', headline: said };
  }
  const current = steps.find((s) => s.state === 'current');
  return {
    steps,
    outcome: 'in_progress',
    headline: current ? (current.note ?? current.label) : meaning.label,
  };
}

export function redemptionTimeline(input: {
  intent?: IntentView;
  orchestration?: OrchestrationView;
}): RedemptionTimeline {
  if (input.orchestration) return fromOrchestration(input.orchestration);
  if (input.intent) return timelineFromIntent(input.intent);
  return {
    steps: firstStepOnly('current', 'Unknown'),
    outcome: 'in_progress',
    headline: 'Waiting for status',
  };
}

/** "2 of 4" progress for compact lists. */
export function stepsDone(timeline: RedemptionTimeline): number {
  return timeline.steps.filter((s) => s.state === 'done').length;
}
