// The full record of one bank account from main (addresses included), fetched again whenever
// the synced list changes, so the detail follows the review to APPROVED or REJECTED.
import type { OperationOutput } from '../../../../shared/contract';
import { useBridgeRecord } from '../../hooks/useBridgeRecord';
import { useAppStore } from '../../store/app-store';

export type FiatAccountDetail = OperationOutput<'getFiatAccount'>;

export function useFiatAccountDetail(id: string) {
  const asOf = useAppStore((s) => s.state?.fiatAccounts.asOf ?? null);
  const { record, error } = useBridgeRecord('getFiatAccount', id, asOf, (a) => a.id);
  return { detail: record, error };
}
