// Step 3: the conversion after Confirm. Never shown as done before Paxos says so: it starts at
// "queued — not sent" or "submitted" and follows the orchestration's status from Paxos; once it
// completes, what was credited is checked by main, and a difference is shown as an alert here.
import type { IntentView } from '../../../../shared/views';
import { IntentRow } from '../IntentRow';
import { StatusBadge } from '../StatusBadge';
import { useRedemptionStatus } from '../../hooks/useRedemptionStatus';
import { useNavigation } from '../../store/navigation-store';

export function ConversionProgress({
  submitted,
  onNew,
}: {
  submitted: IntentView;
  onNew: () => void;
}) {
  const { intent, orchestration } = useRedemptionStatus(submitted);
  const go = useNavigation((s) => s.go);
  return (
    <section
      className="progress"
      aria-labelledby="progress-title"
      data-testid="conversion-progress"
    >
      <h2 id="progress-title">{intent.summary}</h2>
      <p data-testid="conversion-status">
        {orchestration ? (
          <>
            Paxos: <StatusBadge status={orchestration.status} label={orchestration.statusLabel} />
          </>
        ) : (
          'Not at Paxos yet.'
        )}
      </p>
      {intent.alert ? (
        <p className="warning-box" role="alert" data-testid="conversion-alert">
          {intent.alert}
        </p>
      ) : null}
      <ul className="intent-list" aria-label="Request">
        <IntentRow intent={intent} />
      </ul>
      <div className="form__actions">
        {orchestration ? (
          <button type="button" onClick={() => go('activity', orchestration.id)}>
            Open in Activity
          </button>
        ) : null}
        <button type="button" className="button--primary" onClick={onNew}>
          New conversion
        </button>
      </div>
    </section>
  );
}
