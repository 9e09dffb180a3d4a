// One page of activity (e.g. the latest redemptions of one rule), asked for again whenever
// main's activity revision moves.
import { useEffect, useState } from 'react';
import type { ActivityFilter } from '../../../shared/operation-inputs';
import type { OrchestrationView } from '../../../shared/views';
import { call, type BridgeCallError } from '../bridge/treasury';
import { asBridgeError } from '../errors/describe-error';
import { useActivityRevision } from '../store/selectors';

export function useActivityPage(filter: ActivityFilter, limit: number) {
  const revision = useActivityRevision();
  const key = JSON.stringify(filter);
  const [page, setPage] = useState<{
    key: string;
    total: number;
    rows: OrchestrationView[];
    asOf: string | null;
  } | null>(null);
  const [error, setError] = useState<BridgeCallError | null>(null);
  useEffect(() => {
    let current = true;
    call('queryActivity', { filter: JSON.parse(key) as ActivityFilter, offset: 0, limit })
      .then((result) => {
        if (!current) return;
        setPage({ key, ...result });
        setError(null);
      })
      .catch((caught: unknown) => current && setError(asBridgeError(caught)));
    return () => {
      current = false;
    };
  }, [key, limit, revision]);
  return { page: page?.key === key ? page : null, error };
}
