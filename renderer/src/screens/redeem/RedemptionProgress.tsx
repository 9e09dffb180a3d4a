// Step 3: the redemption after Confirm. It is never shown as done before Paxos says so: the
// timeline starts at "queued — not sent" or "submitted" and moves with each status from Paxos.
import { useEffect, useRef } from 'react';
import type { IntentView } from '../../../../shared/views';
import { IntentRow } from '../../components/IntentRow';
import { RedemptionTimelineView } from '../../components/RedemptionTimelineView';
import { useRedemptionStatus } from '../../hooks/useRedemptionStatus';
import { isOpenIntent } from '../../model/intent-states';
import { redemptionTimeline } from '../../model/redemption-timeline';
import { useNavigation } from '../../store/navigation-store';

export function RedemptionProgress({
  submitted,
  onNew,
}: {
  submitted: IntentView;
  onNew: () => void;
}) {
  const { intent, orchestration } = useRedemptionStatus(submitted);
  const go = useNavigation((s) => s.go);
  const timeline = redemptionTimeline({ intent, orchestration });
  // After Confirm the review and its button are gone: focus goes to what became of the
  // request, not to the page, so the operator (and a screen reader) starts there.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section
      className="progress"
      aria-labelledby="progress-title"
      data-testid="redemption-progress"
    >
      <h2 id="progress-title" tabIndex={-1} ref={heading}>
        {intent.summary}
      </h2>
      <RedemptionTimelineView timeline={timeline} />
      {!orchestration && isOpenIntent(intent) ? (
        <ul className="intent-list" aria-label="Request">
          <IntentRow intent={intent} />
        </ul>
      ) : null}
      <div className="form__actions">
        {orchestration ? (
          <button type="button" onClick={() => go('activity', orchestration.id)}>
            Open in Activity
          </button>
        ) : null}
        <button type="button" className="button--primary" onClick={onNew}>
          New redemption
        </button>
      </div>
    </section>
  );
}
