// The state of an outbox intent in words ("Queued — not sent", "Sending", "Submitted — …").
import type { IntentView } from '../../../shared/views';
import { intentStateLabel, intentTone } from '../model/intent-states';

export function IntentBadge({ intent }: { intent: IntentView }) {
  return (
    <span
      className={`badge badge--${intentTone(intent)}`}
      data-testid="intent-state"
      data-state={intent.state}
    >
      {intentStateLabel(intent)}
    </span>
  );
}
