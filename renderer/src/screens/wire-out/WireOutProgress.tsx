// Step 3: the wire out after Confirm. Never shown as done before Paxos says so: it starts at
// "queued — not sent" or "submitted" and moves with the outbox copy main keeps; once Paxos calls
// the transfer COMPLETED, what Paxos stated (to the bank, its fee, debited) is shown.
import { useEffect, useRef } from 'react';
import type { IntentView } from '../../../../shared/views';
import { IntentRow } from '../../components/IntentRow';
import { useOutbox } from '../../store/selectors';

export function WireOutProgress({
  submitted,
  onNew,
}: {
  submitted: IntentView;
  onNew: () => void;
}) {
  const outbox = useOutbox();
  // The outbox copy is fresher; the submitted copy stands in once main drops a settled intent.
  const intent = outbox.find((i) => i.id === submitted.id) ?? submitted;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="progress" aria-labelledby="progress-title" data-testid="wire-out-progress">
      <h2 id="progress-title" tabIndex={-1} ref={heading}>
        {intent.summary}
      </h2>
      <ul className="intent-list" aria-label="Wire out request">
        <IntentRow intent={intent} />
      </ul>
      <div className="form__actions">
        <button type="button" className="button--primary" onClick={onNew}>
          New wire out
        </button>
      </div>
    </section>
  );
}
