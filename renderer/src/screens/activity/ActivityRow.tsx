// One redemption in the Activity list: a single button (the whole row opens the detail) whose
// accessible name reads the row in full. Columns line up through a shared CSS grid.
import type { OrchestrationView } from '../../../../shared/views';
import { StatusBadge } from '../../components/StatusBadge';
import { formatAmountSafe } from '../../format/amount';
import { formatShortDateTime } from '../../format/time';

interface ActivityRowProps {
  row: OrchestrationView;
  destination: string;
  source: string;
  selected: boolean;
  onOpen: (id: string) => void;
}

export function ActivityRow({ row, destination, source, selected, onOpen }: ActivityRowProps) {
  const amount = formatAmountSafe(row.sourceAmount, row.sourceAsset);
  const when = formatShortDateTime(row.createdAt);
  return (
    <button
      type="button"
      className="activity-row"
      aria-current={selected ? 'true' : undefined}
      aria-label={`${when}, ${amount}, ${row.status}, to ${destination}, ${source}`}
      data-testid="activity-row"
      data-orchestration-id={row.id}
      data-status={row.status}
      onClick={() => onOpen(row.id)}
    >
      <span>{when}</span>
      <span className="num">{amount}</span>
      <span>
        <StatusBadge status={row.status} />
      </span>
      <span className="ellipsis">{destination}</span>
      <span className="ellipsis activity-row__wide">{source}</span>
      <span className="ellipsis mono muted activity-row__wide">{row.refId ?? row.id}</span>
    </button>
  );
}
