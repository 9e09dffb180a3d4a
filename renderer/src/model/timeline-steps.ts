// The shapes of a redemption's timeline and the one way to make a step, shared by the intent
// and orchestration halves of the mapping (redemption-timeline.ts).
export type StepState = 'done' | 'current' | 'pending' | 'failed';
export type StepKey = 'submitted' | 'converting' | 'wire' | 'completed';
export interface TimelineStep {
  key: StepKey;
  label: string;
  state: StepState;
  note?: string;
}
export type RedemptionOutcome =
  | 'queued'
  | 'awaiting_approval'
  | 'in_progress'
  | 'completed'
  | 'failed'
  | 'rejected'
  | 'cancelled';
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

export function step(key: StepKey, state: StepState, note?: string, label?: string): TimelineStep {
  const named = { key, label: label ?? LABELS[key], state };
  return note === undefined ? named : { ...named, note };
}

/**
 * The first step in `state`, the rest waiting. `label` replaces "Submitted" while the request
 * has not reached Paxos (queued, sending, cancelled): the timeline never says "Submitted" then.
 */
export function firstStepOnly(state: StepState, note?: string, label?: string): TimelineStep[] {
  return [
    step('submitted', state, note, label),
    step('converting', 'pending'),
    step('wire', 'pending'),
    step('completed', 'pending'),
  ];
}
