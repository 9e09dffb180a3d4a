// One redemption in the Activity table: a single button (the whole row opens the detail) whose
// accessible name reads the row in full. Columns line up with the header through a shared grid.
import type { OrchestrationView } from '../../../../shared/views';
import { StatusBadge } from '../../components/StatusBadge';
import type { RowWords } from './activity-row-words';

interface ActivityRowProps {
  row: OrchestrationView;
  words: RowWords;
  selected: boolean;
  onOpen: (id: string) => void;
}

export function ActivityRow({ row, words: w, selected, onOpen }: ActivityRowProps) {
  const destination = w.last4 ? `${w.destination} ••${w.last4}` : w.destination;
  return (
    <button
      type="button"
      className="activity-row"
      aria-current={selected ? 'true' : undefined}
      aria-label={`${w.when}, ${w.amount}, USD received ${w.usd}, to ${destination}, ${w.profile}, ${w.source}, ${w.status}`}
      data-testid="activity-row"
      data-orchestration-id={row.id}
      data-status={row.status}
      onClick={() => onOpen(row.id)}
    >
      <span className="ellipsis">{w.when}</span>
      <span className="num ellipsis">{w.amount}</span>
      <span className="num ellipsis">{w.usd}</span>
      <span className="ellipsis" title={destination}>
        {w.destination} {w.last4 ? <span className="muted">••{w.last4}</span> : null}
      </span>
      <span className="ellipsis">{w.profile}</span>
      <span
        className="ellipsis"
        title={row.ruleId ? `Auto-redeem rule ${w.source}` : 'Started in this app'}
      >
        {w.source}
      </span>
      <span className="activity-row__status">
        <StatusBadge status={row.status} label={w.status} />
      </span>
    </button>
  );
}
