// Follows one submitted redemption: first through its outbox intent, then through the
// orchestration Paxos created for it (from the synced recent list, else asked for directly).
import type { IntentView, OrchestrationView } from '../../../shared/views';
import { useOutbox, useRecentOrchestrations } from '../store/selectors';
import { useOrchestrationDetail } from './useOrchestrationDetail';

export function useRedemptionStatus(submitted: IntentView) {
  const outbox = useOutbox();
  const recent = useRecentOrchestrations();
  // The outbox copy is fresher; the submitted copy stands in once main drops a settled intent.
  const intent = outbox.find((i) => i.id === submitted.id) ?? submitted;
  const fromRecent: OrchestrationView | undefined = recent.find(
    (o) => (intent.paxosId !== undefined && o.id === intent.paxosId) || o.refId === intent.refId,
  );
  const { detail } = useOrchestrationDetail(fromRecent ? undefined : intent.paxosId);
  return { intent, orchestration: fromRecent ?? detail?.orchestration };
}
