// Fetches one orchestration and its transfers from main, again whenever the activity revision
// moves (main saw a change), so an open detail follows the redemption to its end.
import { useEffect, useState } from 'react';
import type { OperationOutput } from '../../../shared/contract';
import { call, type BridgeCallError } from '../bridge/treasury';
import { asBridgeError } from '../errors/describe-error';
import { useActivityRevision } from '../store/selectors';

export type OrchestrationDetail = OperationOutput<'getOrchestration'>;

export function useOrchestrationDetail(id: string | undefined) {
  const revision = useActivityRevision();
  const [detail, setDetail] = useState<OrchestrationDetail | null>(null);
  const [error, setError] = useState<BridgeCallError | null>(null);

  useEffect(() => {
    if (!id) return undefined;
    let current = true;
    call('getOrchestration', { id })
      .then((result) => {
        if (!current) return;
        setDetail(result);
        setError(null);
      })
      .catch((caught: unknown) => current && setError(asBridgeError(caught)));
    return () => {
      current = false;
    };
  }, [id, revision]);

  // A detail of another id is never shown while the new one loads.
  const matching = detail && detail.orchestration.id === id ? detail : null;
  return { detail: matching, error };
}
