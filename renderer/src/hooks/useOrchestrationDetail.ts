// One orchestration and its transfers, refetched whenever the activity revision moves.
import type { OperationOutput } from '../../../shared/contract';
import { useActivityRevision } from '../store/selectors';
import { useBridgeRecord } from './useBridgeRecord';

export type OrchestrationDetail = OperationOutput<'getOrchestration'>;

export function useOrchestrationDetail(id: string | undefined) {
  const revision = useActivityRevision();
  const { record, error } = useBridgeRecord('getOrchestration', id, revision, (d) => d.orchestration.id);
  return { detail: record, error };
}
