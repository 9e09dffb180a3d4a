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

export function step(key: StepKey, state: StepState, note?: string): TimelineStep {
  return note === undefined
    ? { key, label: LABELS[key], state }
    : { key, label: LABELS[key], state, note };
}

/** The first step in `state`, the rest waiting. */
export function firstStepOnly(state: StepState, note?: string): TimelineStep[] {
  return [
    step('submitted', state, note),
    step('converting', 'pending'),
    step('wire', 'pending'),
    step('completed', 'pending'),
  ];
}
