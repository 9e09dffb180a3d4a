// An intent that may have reached Paxos is looked up by its ref_id before anything is sent
// again: found, it follows what Paxos has; proved absent, it goes back to the queue under the
// same ref_id; cannot tell, the operator is asked. This is what makes a resend safe.
import { AppError } from '../../../shared/app-error';
import type { PaxosClient } from '../../paxos';
import type { Intent } from '../store/intents/intent';
import { routeFor } from '../paths/registry';
import { lastErrorOf } from './last-error';
import type { OutboxOptions } from './outbox-options';
import { classifySendFailure } from './send-outcome';
import { recordDelivered } from './settle';

/** Returns false when Paxos could not be asked (stop for now). */
export async function reconcile(
  options: OutboxOptions,
  client: PaxosClient,
  intent: Intent,
): Promise<boolean> {
  try {
    const found = await routeFor(intent.kind).lookup(client, intent);
    options.onReachability?.(true);
    if (found) await recordDelivered(options, intent, found);
    else await options.intents.requeueAfterLookup(intent.id, (intent.checks ?? 0) + 1);
    options.onChange?.();
    return true;
  } catch (error) {
    if (error instanceof AppError && error.details?.exhausted === true) {
      // Too much to search: no proof either way, so send again under the same ref_id (a 409
      // answers it if Paxos has it). Abandon, which needs proof, stays refused.
      await options.intents.requeueAfterLookup(intent.id);
      return true;
    }
    const failure = classifySendFailure(error);
    if (failure.kind === 'unclear') {
      options.onReachability?.(!failure.offline, error);
      return false;
    }
    if (failure.kind === 'reconcile') return true; // still says it is there: stay reconciling
    const reason = failure.kind === 'attention' ? failure.reason : 'unknown_outcome';
    await options.intents.needsAttention(intent.id, reason, lastErrorOf(error));
    options.onChange?.();
    return true;
  }
}
