// How an outbox intent is described to the operator. Main owns the intent lifecycle
// (main/desk/store/intents/intent.ts); these are the states the renderer knows words for. Any
// other state is shown exactly as main sent it.
// Nothing here ever reads as "done": only Paxos confirming the item (it appears in the synced
// lists) means done, and that is shown by the item itself, not by the intent.
import type { IntentView } from '../../../shared/views';

const labels: Record<string, string> = {
  queued: 'Queued — not sent',
  sending: 'Sending',
  // A send may or may not have reached Paxos; main looks it up by ref_id before anything else.
  reconciling: 'Checking with Paxos',
  submitted: 'Submitted — waiting for Paxos',
  completed: 'Confirmed by Paxos',
  needs_attention: 'Needs your confirmation',
  failed: 'Failed',
  cancelled: 'Cancelled — never sent',
  abandoned: 'Abandoned — not found at Paxos',
};

export type IntentTone = 'pending' | 'warn' | 'bad' | 'ok' | 'muted' | 'neutral';

const tones: Record<string, IntentTone> = {
  queued: 'warn',
  sending: 'pending',
  reconciling: 'pending',
  submitted: 'pending',
  completed: 'ok',
  needs_attention: 'warn',
  failed: 'bad',
  cancelled: 'muted',
  abandoned: 'muted',
};

/**
 * Requests for items Paxos reviews after accepting them (a bank account, a rule): their intent
 * completes when Paxos has the item, which is then "In review" or "Rejected", never approved by
 * that alone. So the request says "Received by Paxos", in a neutral colour, and the item's own
 * status chip (StatusBadge) says the rest: a green chip never stands beside "In review".
 */
const REVIEWED_KINDS: readonly string[] = [
  'create_fiat_account',
  'update_fiat_account',
  'create_rule',
];
const reviewedAndReceived = (intent: Pick<IntentView, 'state' | 'kind'>) =>
  intent.state === 'completed' && REVIEWED_KINDS.includes(intent.kind);

export function intentStateLabel(intent: Pick<IntentView, 'state' | 'checks' | 'kind'>): string {
  if (reviewedAndReceived(intent)) return 'Received by Paxos';
  // Never "never sent": it may have left this desk; only Paxos's answer (N checks) is claimed.
  if (intent.state === 'abandoned')
    return `Abandoned — not found at Paxos after ${intent.checks ?? 1} check${intent.checks === 1 ? '' : 's'}`;
  return labels[intent.state] ?? intent.state;
}

export function intentTone(
  intent: Pick<IntentView, 'state' | 'confirmationNeeded' | 'alert' | 'kind'>,
): IntentTone {
  if (intent.alert) return 'bad';
  if (intent.confirmationNeeded) return 'warn';
  if (reviewedAndReceived(intent)) return 'neutral';
  return tones[intent.state] ?? 'neutral';
}

/** Still the operator's to cancel: it never left this desk (main refuses otherwise anyway). */
export function canCancelIntent(intent: IntentView): boolean {
  return (
    (intent.state === 'queued' || intent.state === 'needs_attention') &&
    intent.mayHaveBeenSent !== true
  );
}

/** May have reached Paxos and waits for the operator: main checks Paxos, then abandons if absent. */
export function canAbandonIntent(intent: IntentView): boolean {
  return (
    intent.state === 'needs_attention' &&
    intent.mayHaveBeenSent === true &&
    intent.lastError?.code !== 'answer_mismatch'
  );
}

export function needsConfirmation(intent: IntentView): boolean {
  return intent.state === 'needs_attention' || Boolean(intent.confirmationNeeded);
}

/**
 * Intents still worth showing in "pending" lists: not yet settled one way or the other. A
 * request Paxos accepted (it has a Paxos id) that then failed there is settled: Paxos confirmed
 * it, and the failed redemption shows itself, with its reason, in Activity and on Overview. Only
 * a request Paxos refused outright (no Paxos id) stays here, as the operator's to look at. A
 * cancelled or abandoned request that turned up at Paxos (an alert) stays until looked at.
 */
export function isOpenIntent(intent: Pick<IntentView, 'state' | 'paxosId' | 'alert'>): boolean {
  if (intent.alert) return true;
  if (['completed', 'cancelled', 'abandoned'].includes(intent.state)) return false;
  return !(intent.state === 'failed' && intent.paxosId);
}

export const intentKindLabels: Record<string, string> = {
  create_orchestration: 'Redemption',
  create_conversion: 'Conversion',
  create_rule: 'New auto-redeem rule',
  delete_rule: 'Delete auto-redeem rule',
  create_fiat_account: 'New bank account',
  update_fiat_account: 'Bank account change',
  delete_fiat_account: 'Delete bank account',
  create_fiat_withdrawal: 'Wire out',
};
