// Runs one bridge call for a button or form: tracks pending and the last error, and refuses a
// second run while the first is in flight, so a double click can never send twice.
import { useCallback, useRef, useState } from 'react';
import type { BridgeCallError } from '../bridge/treasury';
import { asBridgeError } from '../errors/describe-error';

export interface BridgeAction<A extends unknown[], R> {
  /** Resolves to the result, or to undefined when it failed (the error is in `error`). */
  run: (...args: A) => Promise<R | undefined>;
  pending: boolean;
  error: BridgeCallError | null;
  clearError: () => void;
}

export function useBridgeAction<A extends unknown[], R>(
  action: (...args: A) => Promise<R>,
): BridgeAction<A, R> {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<BridgeCallError | null>(null);
  const inFlight = useRef(false);
  const actionRef = useRef(action);
  actionRef.current = action;

  const run = useCallback(async (...args: A): Promise<R | undefined> => {
    if (inFlight.current) return undefined;
    inFlight.current = true;
    setPending(true);
    setError(null);
    try {
      return await actionRef.current(...args);
    } catch (caught) {
      setError(asBridgeError(caught));
      return undefined;
    } finally {
      inFlight.current = false;
      setPending(false);
    }
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { run, pending, error, clearError };
}
