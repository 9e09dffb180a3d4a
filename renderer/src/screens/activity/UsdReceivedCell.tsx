// The "USD received" line of a redemption's detail: what Paxos reports, to the cent, or what
// happened instead (usd-received.ts).
import type { OrchestrationView } from '../../../../shared/views';
import { usdReceivedWords } from '../../model/usd-received';

export function UsdReceivedCell({ orchestration }: { orchestration: OrchestrationView }) {
  const words = usdReceivedWords(orchestration);
  return (
    <dd data-testid="usd-received">
      <span className={words.tone === 'ok' ? undefined : words.tone}>{words.text}</span>
      {words.note ? (
        <span className="field__hint" data-testid="usd-received-note">
          {words.note}
        </span>
      ) : null}
    </dd>
  );
}
