// Fetches one record from main by id, again whenever `refreshKey` moves (main saw a change), so
// an open detail follows its item to the end. A record of another id is never shown while the
// new one loads, and an answer that arrives after the id changed is dropped.
import { useEffect, useState } from 'react';
import type { OperationName } from '../../../shared/bridge-names';
import type { OperationOutput } from '../../../shared/contract';
import { call, type BridgeCallError } from '../bridge/treasury';
import { asBridgeError } from '../errors/describe-error';

type ByIdOperation = 'getOrchestration' | 'getFiatAccount';

export function useBridgeRecord<K extends ByIdOperation & OperationName>(
  operation: K,
  id: string | undefined,
  refreshKey: unknown,
  idOf: (record: OperationOutput<K>) => string,
) {
  const [record, setRecord] = useState<OperationOutput<K> | null>(null);
  const [error, setError] = useState<BridgeCallError | null>(null);

  useEffect(() => {
    if (!id) return undefined;
    let current = true;
    (call as (name: K, input: { id: string }) => Promise<OperationOutput<K>>)(operation, { id })
      .then((result) => {
        if (!current) return;
        setRecord(result);
        setError(null);
      })
      .catch((caught: unknown) => current && setError(asBridgeError(caught)));
    return () => {
      current = false;
    };
  }, [operation, id, refreshKey]);

  return { record: record && idOf(record) === id ? record : null, error };
}
