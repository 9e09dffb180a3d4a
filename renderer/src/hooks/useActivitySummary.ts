// Totals of the filtered Activity (count, USD by status, daily volume per asset), computed by
// main over the whole filtered set, asked for again when the filter or the activity revision moves.
import { useEffect, useState } from 'react';
import type { ActivitySummary } from '../../../shared/activity-summary';
import type { ActivityFilter } from '../../../shared/operation-inputs';
import { call, type BridgeCallError } from '../bridge/treasury';
import { asBridgeError } from '../errors/describe-error';
import { useActivityRevision } from '../store/selectors';

export function useActivitySummary(filter: ActivityFilter) {
  const revision = useActivityRevision();
  const key = JSON.stringify(filter);
  const [summary, setSummary] = useState<{ key: string; value: ActivitySummary } | null>(null);
  const [error, setError] = useState<BridgeCallError | null>(null);
  useEffect(() => {
    let current = true;
    call('summarizeActivity', JSON.parse(key) as ActivityFilter)
      .then((value) => {
        if (!current) return;
        setSummary({ key, value });
        setError(null);
      })
      .catch((caught: unknown) => current && setError(asBridgeError(caught)));
    return () => {
      current = false;
    };
  }, [key, revision]);
  // The last summary stays shown while the next one loads (no flicker on every keystroke).
  return { summary: summary?.value ?? null, fresh: summary?.key === key, error };
}
