// One queued or in-flight request: what it is, its state, why it needs the operator (if it
// does), and the Confirm / Cancel actions, with any failure shown on the row itself.
import type { ReactNode } from 'react';
import type { IntentView } from '../../../shared/views';
import { call } from '../bridge/treasury';
import { WAITING_FOR_CONFIRMATION } from '../format/pending-labels';
import { formatAsOf } from '../format/time';
import { useBridgeAction } from '../hooks/useBridgeAction';
import {
  canAbandonIntent,
  canCancelIntent,
  intentKindLabels,
  needsConfirmation,
} from '../model/intent-states';
import { ErrorNotice } from './ErrorNotice';
import { IntentBadge } from './IntentBadge';

interface IntentRowProps {
  intent: IntentView;
  /** The item's own status chip once Paxos reports the item: shown instead of the request's. */
  itemStatus?: ReactNode;
  /** Shown among the items needing the operator (Overview): marked for the attention list. */
  attention?: 'waits-for-you' | 'queued';
}

export function IntentRow({ intent, itemStatus, attention }: IntentRowProps) {
  const cancel = useBridgeAction(() => call('cancelIntent', { id: intent.id }));
  const confirm = useBridgeAction(() => call('confirmIntent', { id: intent.id }));
  const abandon = useBridgeAction(() => call('abandonIntent', { id: intent.id }));
  const busy = cancel.pending || confirm.pending || abandon.pending;
  const sides = intent.lastError?.details as { asked?: string; answered?: string } | undefined;
  return (
    <li
      className="intent"
      data-testid="intent"
      data-intent-id={intent.id}
      data-kind={intent.kind}
      data-attention={attention}
    >
      <div className="intent__main">
        <span className="intent__kind">{intentKindLabels[intent.kind] ?? intent.kind}</span>
        <span className="intent__summary">{intent.summary}</span>
        {itemStatus ?? <IntentBadge intent={intent} />}
        <span className="muted">{formatAsOf(intent.updatedAt)}</span>
      </div>
      {intent.outcome ? (
        <p className="intent__outcome" data-testid="intent-outcome">
          {intent.outcome}
        </p>
      ) : null}
      {intent.confirmationNeeded ? (
        <p className="intent__why">Confirm again before it is sent: {intent.confirmationNeeded}</p>
      ) : null}
      {intent.lastError ? (
        <p className="intent__why">
          Last attempt{intent.attempts > 1 ? ` (${intent.attempts} tries)` : ''}:{' '}
          {intent.lastError.message}
        </p>
      ) : null}
      {sides?.asked !== undefined ? (
        <p className="intent__why">
          Asked: {sides.asked}. Paxos answered: {sides.answered}.
        </p>
      ) : null}
      {intent.alert ? (
        <p className="intent__why" role="alert">
          {intent.alert}
        </p>
      ) : null}
      <div className="intent__actions">
        {needsConfirmation(intent) ? (
          <button
            type="button"
            className="button--primary button--small"
            disabled={busy}
            onClick={() => void confirm.run()}
          >
            {confirm.pending ? WAITING_FOR_CONFIRMATION : 'Confirm and send'}
          </button>
        ) : null}
        {canCancelIntent(intent) ? (
          <button
            type="button"
            className="button--small"
            disabled={busy}
            onClick={() => void cancel.run()}
          >
            Cancel request
          </button>
        ) : null}
        {canAbandonIntent(intent) ? (
          <button
            type="button"
            className="button--small"
            disabled={busy}
            onClick={() => void abandon.run()}
          >
            Check Paxos and abandon if not found
          </button>
        ) : null}
      </div>
      {abandon.error ? <ErrorNotice error={abandon.error} /> : null}
      {cancel.error ? <ErrorNotice error={cancel.error} /> : null}
      {confirm.error ? (
        <ErrorNotice error={confirm.error} context={{ queuesWhenOffline: true }} takeFocus />
      ) : null}
    </li>
  );
}
