// The full record of one bank account from main (addresses included), fetched again whenever
// the synced list changes, so the detail follows the review to APPROVED or REJECTED.
import { useEffect, useState } from 'react';
import type { OperationOutput } from '../../../../shared/contract';
import { call, type BridgeCallError } from '../../bridge/treasury';
import { asBridgeError } from '../../errors/describe-error';
import { useAppStore } from '../../store/app-store';

export type FiatAccountDetail = OperationOutput<'getFiatAccount'>;

export function useFiatAccountDetail(id: string) {
  const asOf = useAppStore((s) => s.state?.fiatAccounts.asOf ?? null);
  const [detail, setDetail] = useState<FiatAccountDetail | null>(null);
  const [error, setError] = useState<BridgeCallError | null>(null);
  useEffect(() => {
    let current = true;
    call('getFiatAccount', { id })
      .then((result) => {
        if (!current) return;
        setDetail(result);
        setError(null);
      })
      .catch((caught: unknown) => current && setError(asBridgeError(caught)));
    return () => {
      current = false;
    };
  }, [id, asOf]);
  return { detail: detail?.id === id ? detail : null, error };
}
