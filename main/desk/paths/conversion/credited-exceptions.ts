// Conversions that completed otherwise than confirmed (another amount, asset or profile was
// credited, or the credit could not be read): each an exception item in "needs a look", beside
// records in statuses this version does not know, for as long as the desk shows the request.
import type { NeedsALook } from '../../../../shared/state';
import type { Intent } from '../../store/intents/intent';

export function creditedExceptions(intents: readonly Intent[]): NeedsALook[] {
  return intents
    .filter((i) => i.state === 'completed' && i.lastError?.code === 'credited_mismatch')
    .map((i) => ({
      collection: 'orchestrations' as const,
      id: i.result?.paxosId ?? i.refId,
      status: 'COMPLETED',
      since: i.updatedAt,
      message: i.lastError?.message ?? 'The amount credited is not the one confirmed.',
    }));
}
