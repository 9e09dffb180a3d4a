// Requests waiting in the outbox or just sent, optionally only of some kinds. Each stays here,
// labelled with its state, until Paxos has confirmed it (it then shows in its own list).
import type { IntentView } from '../../../shared/views';
import { isOpenIntent } from '../model/intent-states';
import { useOutbox } from '../store/selectors';
import { IntentRow } from './IntentRow';

interface IntentListProps {
  kinds?: readonly string[];
  /** Shown when nothing is pending; omit to render nothing at all. */
  emptyText?: string;
  label: string;
  /** Ids Paxos already reports (accounts, rules, orchestrations): a sent request for one of
   *  them is shown by the item itself from then on, not twice. */
  syncedIds?: readonly string[];
  /** An intent shown elsewhere on the screen (the receipt of the last request). */
  exclude?: string;
}

export function useOpenIntents(
  kinds?: readonly string[],
  syncedIds: readonly string[] = [],
): IntentView[] {
  const items = useOutbox();
  return items.filter(
    (i) =>
      isOpenIntent(i) &&
      (!kinds || kinds.includes(i.kind)) &&
      !(i.paxosId && syncedIds.includes(i.paxosId) && ['submitted', 'completed'].includes(i.state)),
  );
}

export function IntentList({ kinds, emptyText, label, syncedIds, exclude }: IntentListProps) {
  const intents = useOpenIntents(kinds, syncedIds).filter((i) => i.id !== exclude);
  if (intents.length === 0) return emptyText ? <p className="muted">{emptyText}</p> : null;
  return (
    <ul className="intent-list" aria-label={label}>
      {intents.map((intent) => (
        <IntentRow key={intent.id} intent={intent} />
      ))}
    </ul>
  );
}
