// One queued or in-flight request: what it is, its state, why it needs the operator (if it
// does), and the Confirm / Cancel actions, with any failure shown on the row itself.
import type { IntentView } from '../../../shared/views';
import { call } from '../bridge/treasury';
import { formatAsOf } from '../format/time';
import { useBridgeAction } from '../hooks/useBridgeAction';
import { canCancelIntent, intentKindLabels, needsConfirmation } from '../model/intent-states';
import { ErrorNotice } from './ErrorNotice';
import { IntentBadge } from './IntentBadge';

export function IntentRow({ intent }: { intent: IntentView }) {
  const cancel = useBridgeAction(() => call('cancelIntent', { id: intent.id }));
  const confirm = useBridgeAction(() => call('confirmIntent', { id: intent.id }));
  const busy = cancel.pending || confirm.pending;
  return (
    <li className="intent" data-testid="intent" data-intent-id={intent.id} data-kind={intent.kind}>
      <div className="intent__main">
        <span className="intent__kind">{intentKindLabels[intent.kind] ?? intent.kind}</span>
        <span className="intent__summary">{intent.summary}</span>
        <IntentBadge intent={intent} />
        <span className="muted">{formatAsOf(intent.updatedAt)}</span>
      </div>
      {intent.confirmationNeeded ? <p className="intent__why">Confirm again before it is sent: {intent.confirmationNeeded}</p> : null}
      {intent.lastError ? (
        <p className="intent__why">
          Last attempt{intent.attempts > 1 ? ` (${intent.attempts} tries)` : ''}: {intent.lastError.message}
        </p>
      ) : null}
      <div className="intent__actions">
        {needsConfirmation(intent) ? (
          <button type="button" className="button--primary button--small" disabled={busy} onClick={() => void confirm.run()}>
            Confirm and send
          </button>
        ) : null}
        {canCancelIntent(intent) ? (
          <button type="button" className="button--small" disabled={busy} onClick={() => void cancel.run()}>
            Cancel request
          </button>
        ) : null}
      </div>
      {cancel.error ? <ErrorNotice error={cancel.error} /> : null}
      {confirm.error ? <ErrorNotice error={confirm.error} context={{ queuesWhenOffline: true }} /> : null}
    </li>
  );
}
