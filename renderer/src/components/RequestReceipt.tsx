// What just happened after "Send": the request as main holds it (queued, sending, submitted…),
// with its Cancel / Confirm actions, followed live until Paxos reports the item, at which point
// the item itself (in the list below) takes over.
import type { ReactNode } from 'react';
import type { IntentView } from '../../../shared/views';
import { useOutbox } from '../store/selectors';
import { IntentRow } from './IntentRow';

interface RequestReceiptProps {
  intent: IntentView;
  /** Ids Paxos already reports in the list below (accounts, rules). */
  syncedIds: readonly string[];
  onDismiss: () => void;
  /** The status chip of the item Paxos reports under this id (the account, the rule). */
  itemStatus?: (paxosId: string) => ReactNode;
}

export function RequestReceipt({ intent, syncedIds, onDismiss, itemStatus }: RequestReceiptProps) {
  const outbox = useOutbox();
  const current = outbox.find((i) => i.id === intent.id) ?? intent;
  const arrived = current.paxosId !== undefined && syncedIds.includes(current.paxosId);
  return (
    <div className="receipt" data-testid="request-receipt" data-state={current.state}>
      <div className="row-line">
        <strong>Your request</strong>
        <span className="muted" role="status">
          {arrived
            ? 'Paxos has it — see the list below.'
            : 'Nothing is done until Paxos confirms it.'}
        </span>
        <span className="section__spacer" />
        <button type="button" className="button--small" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
      <ul className="intent-list" aria-label="Your request">
        <IntentRow
          intent={current}
          itemStatus={arrived && current.paxosId ? itemStatus?.(current.paxosId) : undefined}
        />
      </ul>
    </div>
  );
}
