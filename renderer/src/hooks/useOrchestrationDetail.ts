// One orchestration and its transfers, refetched whenever the activity revision moves.
import { useActivityRevision } from '../store/selectors';
import { useBridgeRecord } from './useBridgeRecord';

export function useOrchestrationDetail(id: string | undefined) {
  const revision = useActivityRevision();
  const { record, error } = useBridgeRecord(
    'getOrchestration',
    id,
    revision,
    (d) => d.orchestration.id,
  );
  return { detail: record, error };
}
