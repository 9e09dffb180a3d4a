// Totals of the filtered Activity (count, USD by status, daily volume per asset), computed by
// main over the whole filtered set, asked for again when the filter or the activity revision moves.
// A new filter is asked for at once; a new revision alone (a sync cycle saw changes) waits a
// few seconds, so a busy desk with 100,000 rows does not rescan them on every cycle.
import { useEffect, useRef, useState } from 'react';
import type { ActivitySummary } from '../../../shared/activity-summary';
import type { ActivityFilter } from '../../../shared/operation-inputs';
import { call, type BridgeCallError } from '../bridge/treasury';
import { asBridgeError } from '../errors/describe-error';
import { useActivityRevision } from '../store/selectors';

export const REVISION_DELAY_MS = 3000;

export function useActivitySummary(filter: ActivityFilter) {
  const revision = useActivityRevision();
  const key = JSON.stringify(filter);
  const [summary, setSummary] = useState<{ key: string; value: ActivitySummary } | null>(null);
  const [error, setError] = useState<BridgeCallError | null>(null);
  const askedKey = useRef<string | null>(null);
  useEffect(() => {
    let current = true;
    const ask = () => {
      call('summarizeActivity', JSON.parse(key) as ActivityFilter)
        .then((value) => {
          if (!current) return;
          // Set on an answer only: an effect run that was cleaned up (StrictMode) asks again at once.
          askedKey.current = key;
          setSummary({ key, value });
          setError(null);
        })
        .catch((caught: unknown) => current && setError(asBridgeError(caught)));
    };
    const timer = askedKey.current === key ? window.setTimeout(ask, REVISION_DELAY_MS) : undefined;
    if (timer === undefined) ask();
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [key, revision]);
  // The last summary stays shown while the next one loads (no flicker on every keystroke).
  return { summary: summary?.value ?? null, fresh: summary?.key === key, error };
}
