// A screen's requests on their way to Paxos: the receipt of the last one sent from the screen
// (until dismissed), then the other open requests of the screen's kinds, never the same twice.
import type { ReactNode } from 'react';
import type { IntentView } from '../../../shared/views';
import { IntentList } from './IntentList';
import { RequestReceipt } from './RequestReceipt';

interface ScreenRequestsProps {
  receipt: IntentView | undefined;
  onDismiss: () => void;
  kinds: readonly string[];
  label: string;
  /** Ids Paxos already reports on this screen (accounts, rules). */
  syncedIds: readonly string[];
  /** The status chip of a synced item by its Paxos id: the receipt shows it once Paxos has it. */
  itemStatus?: (paxosId: string) => ReactNode;
}

export function ScreenRequests({
  receipt,
  onDismiss,
  kinds,
  label,
  syncedIds,
  itemStatus,
}: ScreenRequestsProps) {
  return (
    <>
      {receipt ? (
        <RequestReceipt
          intent={receipt}
          syncedIds={syncedIds}
          onDismiss={onDismiss}
          itemStatus={itemStatus}
        />
      ) : null}
      <IntentList kinds={kinds} label={label} syncedIds={syncedIds} exclude={receipt?.id} />
    </>
  );
}
