// The top of Overview: everything that needs the operator, each with its action — a redemption
// that failed or was rejected (open it, redeem again), a request waiting for a confirmation or
// queued and not sent (confirm, cancel), a record in a status nobody documents (open it). When
// nothing does, one line says so and the section takes no room.
import type { NeedsALook } from '../../../../shared/state';
import { IntentRow } from '../../components/IntentRow';
import { Section } from '../../components/Section';
import type { AttentionItem } from '../../model/overview-attention';
import type { Availability } from '../../model/money-actions';
import { useNavigation } from '../../store/navigation-store';
import { EndedRedemptionItem } from './EndedRedemptionItem';

function LookItem({ look }: { look: NeedsALook }) {
  const go = useNavigation((s) => s.go);
  return (
    <li
      className="attention__item attention__item--warn"
      data-testid="attention-item"
      data-kind="look"
      data-id={look.id}
    >
      <p className="attention__why">{look.message}</p>
      <div className="attention__actions">
        <button
          type="button"
          className="button--small button--primary"
          onClick={() => go(look.collection === 'rules' ? 'auto-redeem' : 'activity', look.id)}
        >
          Open
        </button>
      </div>
    </li>
  );
}

function title(items: readonly AttentionItem[]): string {
  const count = (kinds: AttentionItem['kind'][]) =>
    items.filter((i) => kinds.includes(i.kind)).length;
  const parts = [
    [count(['failed']), 'failed'],
    [count(['rejected']), 'rejected by Paxos'],
    [count(['waits-for-you']), 'waiting for you'],
    [count(['queued']), 'queued — not sent'],
    [count(['look']), 'to look at'],
  ] as const;
  return `Needs your attention: ${parts
    .filter(([n]) => n > 0)
    .map(([n, what]) => `${n} ${what}`)
    .join(', ')}`;
}

export function AttentionSection({
  items,
  redeem,
}: {
  items: readonly AttentionItem[];
  redeem: Availability;
}) {
  if (items.length === 0) return null;
  return (
    <div className="attention">
      <Section title={title(items)} testId="attention">
        <ul className="intent-list" aria-label="Needs your attention">
          {items.map((item) => {
            if ('orchestration' in item)
              return (
                <EndedRedemptionItem
                  key={item.id}
                  orchestration={item.orchestration}
                  kind={item.kind}
                  redeem={redeem}
                />
              );
            if ('look' in item) return <LookItem key={item.id} look={item.look} />;
            return <IntentRow key={item.id} intent={item.intent} attention={item.kind} />;
          })}
        </ul>
      </Section>
    </div>
  );
}
