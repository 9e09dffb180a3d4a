// The four steps an operator follows for one redemption, derived from what main knows:
// first the outbox intent (before Paxos has the orchestration), then the orchestration itself.
//
// Mapping (conservative: a step is "done" only when Paxos says so):
//   intent queued / needs_attention    → Submitted: current, "Queued — not sent" / why it waits
//   intent sending / reconciling       → Submitted: current, "Sending" / "Checking with Paxos"
//   intent submitted / completed, no orchestration yet
//                                      → Submitted: done; Converting: current (waiting for status)
//   intent failed / cancelled / abandoned → Submitted: failed, with the intent's error (abandoned: N checks)
//   orchestration exists               → Submitted: done (PENDING_APPROVAL: current, awaiting approval)
//   sourceLeg PENDING / PROCESSING     → Converting: current   (stablecoin debited and converted)
//   sourceLeg COMPLETED                → Converting: done
//   destinationLeg PENDING/PROCESSING  → Wire sent: current, "Sending wire" (once converting is done)
//   destinationLeg COMPLETED           → Wire sent: done
//   orchestration COMPLETED            → every step done (Paxos's word is final)
//   orchestration FAILED, or a leg FAILED → the first step not done is failed, with fail reason
//   any other status                   → shown as is in the step's note; never read as done
import type { IntentView, OrchestrationView } from '../../../shared/views';
import { intentStateLabel } from './intent-states';

export type StepState = 'done' | 'current' | 'pending' | 'failed';
export type StepKey = 'submitted' | 'converting' | 'wire' | 'completed';
export interface TimelineStep {
  key: StepKey;
  label: string;
  state: StepState;
  note?: string;
}
export type RedemptionOutcome = 'queued' | 'in_progress' | 'completed' | 'failed' | 'cancelled';
export interface RedemptionTimeline {
  steps: TimelineStep[];
  outcome: RedemptionOutcome;
  headline: string;
}

const LABELS: Record<StepKey, string> = {
  submitted: 'Submitted',
  converting: 'Converting',
  wire: 'Wire sent',
  completed: 'Completed',
};
const KNOWN_LEG = ['PENDING', 'PROCESSING', 'COMPLETED', 'FAILED'];
const KNOWN_ORCHESTRATION = ['PROCESSING', 'COMPLETED', 'FAILED', 'PENDING_APPROVAL'];

function step(key: StepKey, state: StepState, note?: string): TimelineStep {
  return note === undefined
    ? { key, label: LABELS[key], state }
    : { key, label: LABELS[key], state, note };
}

function fromIntent(intent: IntentView): RedemptionTimeline {
  const label = intentStateLabel(intent);
  if (intent.state === 'cancelled' || intent.state === 'failed' || intent.state === 'abandoned') {
    const reason = intent.state === 'abandoned' ? label : (intent.lastError?.message ?? label);
    // Abandoned may have left this desk: it says what Paxos answered, never "never sent".
    const headline =
      intent.state === 'cancelled'
        ? 'Cancelled — never sent'
        : intent.state === 'abandoned'
          ? label
          : `Failed: ${reason}`;
    return {
      steps: [
        step('submitted', 'failed', reason),
        step('converting', 'pending'),
        step('wire', 'pending'),
        step('completed', 'pending'),
      ],
      outcome: intent.state === 'failed' ? 'failed' : 'cancelled',
      headline,
    };
  }
  const accepted =
    intent.state === 'submitted' || intent.state === 'completed' || Boolean(intent.paxosId);
  const note = intent.confirmationNeeded ? `${label}: ${intent.confirmationNeeded}` : label;
  return {
    steps: accepted
      ? [
          step('submitted', 'done'),
          step('converting', 'current', 'Waiting for the first status from Paxos'),
          step('wire', 'pending'),
          step('completed', 'pending'),
        ]
      : [
          step('submitted', 'current', note),
          step('converting', 'pending'),
          step('wire', 'pending'),
          step('completed', 'pending'),
        ],
    outcome:
      accepted || intent.state === 'sending' || intent.state === 'reconciling'
        ? 'in_progress'
        : 'queued',
    headline: accepted ? 'Submitted — waiting for Paxos' : label,
  };
}

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

function fromOrchestration(o: OrchestrationView): RedemptionTimeline {
  const status = o.status.toUpperCase();
  if (status === 'COMPLETED') {
    return {
      steps: [
        step('submitted', 'done'),
        step('converting', 'done'),
        step('wire', 'done'),
        step('completed', 'done'),
      ],
      outcome: 'completed',
      headline: 'Completed',
    };
  }
  const awaitingApproval = status === 'PENDING_APPROVAL';
  const submitted = awaitingApproval
    ? step('submitted', 'current', 'Awaiting approval at Paxos')
    : step('submitted', 'done');
  const source = legState(o.sourceLeg?.status, !awaitingApproval);
  const wire = legState(o.destinationLeg?.status, source.state === 'done');
  const steps = [
    submitted,
    step('converting', source.state, source.note),
    step('wire', wire.state, wire.state === 'current' ? (wire.note ?? 'Sending wire') : wire.note),
    step('completed', 'pending'),
  ];
  const failed = status === 'FAILED' || steps.some((s) => s.state === 'failed');
  if (failed) {
    const reason = o.failReason ?? 'Paxos gave no reason';
    const first = steps.find((s) => s.state !== 'done') ?? steps[3];
    if (first) Object.assign(first, { state: 'failed', note: reason });
    for (const s of steps) if (s !== first && s.state === 'current') s.state = 'pending';
    return { steps, outcome: 'failed', headline: `Failed: ${reason}` };
  }
  if (!KNOWN_ORCHESTRATION.includes(status))
    steps[3] = step('completed', 'pending', `Paxos status: ${o.status}`);
  const current = steps.find((s) => s.state === 'current');
  return {
    steps,
    outcome: 'in_progress',
    headline: current ? (current.note ?? current.label) : `Paxos status: ${o.status}`,
  };
}

export function redemptionTimeline(input: {
  intent?: IntentView;
  orchestration?: OrchestrationView;
}): RedemptionTimeline {
  if (input.orchestration) return fromOrchestration(input.orchestration);
  if (input.intent) return fromIntent(input.intent);
  return {
    steps: [
      step('submitted', 'current', 'Unknown'),
      step('converting', 'pending'),
      step('wire', 'pending'),
      step('completed', 'pending'),
    ],
    outcome: 'in_progress',
    headline: 'Waiting for status',
  };
}

/** "2 of 4" progress for compact lists. */
export function stepsDone(timeline: RedemptionTimeline): number {
  return timeline.steps.filter((s) => s.state === 'done').length;
}
