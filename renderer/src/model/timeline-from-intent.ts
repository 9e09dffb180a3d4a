// The timeline before Paxos has the orchestration: what the outbox intent says.
//   intent queued / needs_attention    → first step named "Queued — not sent" / "Needs your
//                                        confirmation" (never "Submitted"), noting why it waits
//   intent sending / reconciling       → first step named "Sending" / "Checking with Paxos"
//   intent submitted / completed, no orchestration yet
//                                      → Submitted: done; Converting: current (waiting for status)
//   intent failed / cancelled / abandoned → Submitted: failed, with the intent's error (abandoned: N checks)
import type { IntentView } from '../../../shared/views';
import { intentStateLabel } from './intent-states';
import { firstStepOnly, step, type RedemptionTimeline } from './timeline-steps';

export function timelineFromIntent(intent: IntentView): RedemptionTimeline {
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
    // Only a request Paxos answered (failed) was submitted; a cancelled one never left.
    const stepName =
      intent.state === 'cancelled'
        ? 'Cancelled'
        : intent.state === 'abandoned'
          ? 'Not found at Paxos'
          : undefined;
    return {
      steps: firstStepOnly('failed', reason, stepName),
      outcome: intent.state === 'failed' ? 'failed' : 'cancelled',
      headline,
    };
  }
  const accepted =
    intent.state === 'submitted' || intent.state === 'completed' || Boolean(intent.paxosId);
  // Not accepted yet: the first step is named by where the request is (queued, sending, ...),
  // never "Submitted"; the note says why it waits, when it does.
  const note = intent.confirmationNeeded;
  return {
    steps: accepted
      ? [
          step('submitted', 'done'),
          step('converting', 'current', 'Waiting for the first status from Paxos'),
          step('wire', 'pending'),
          step('completed', 'pending'),
        ]
      : firstStepOnly('current', note, label),
    outcome:
      accepted || intent.state === 'sending' || intent.state === 'reconciling'
        ? 'in_progress'
        : 'queued',
    headline: accepted ? 'Submitted — waiting for Paxos' : label,
  };
}
