// One redemption in the Activity table: a table row (ARIA roles, since the rows are virtualized
// divs) whose cells line up with the header through a shared grid. The row opens the detail on
// a click anywhere; for the keyboard, its first cell is a button whose name is exactly its text
// (the created time): screen readers read the other cells with their column headers.
import { useRef } from 'react';
import { maskedLast4 } from '../../../../shared/account-label';
import type { OrchestrationView } from '../../../../shared/views';
import { StatusBadge } from '../../components/StatusBadge';
import type { RowWords } from './activity-row-words';

interface ActivityRowProps {
  row: OrchestrationView;
  words: RowWords;
  selected: boolean;
  onOpen: (id: string) => void;
  /** 1-based, counting the header row (aria-rowindex). */
  rowIndex: number;
}

export function ActivityRow({ row, words: w, selected, onOpen, rowIndex }: ActivityRowProps) {
  const button = useRef<HTMLButtonElement>(null);
  const last4 = w.last4 ? maskedLast4(w.last4) : '';
  return (
    <div
      role="row"
      aria-rowindex={rowIndex}
      className="activity-row"
      aria-current={selected ? 'true' : undefined}
      data-testid="activity-row"
      data-orchestration-id={row.id}
      data-status={row.status}
      // A click anywhere on the row; focus goes to its button so it comes back there on close.
      onClick={() => {
        button.current?.focus();
        onOpen(row.id);
      }}
    >
      <span role="cell" className="ellipsis">
        <button ref={button} type="button" className="activity-row__open">
          {w.when}
        </button>
      </span>
      <span role="cell" className="num ellipsis">
        {w.amount}
      </span>
      <span role="cell" className="num ellipsis">
        {w.usd}
      </span>
      {/* The label may be cut at 1024 px; the last 4 never are. */}
      <span
        role="cell"
        className="activity-row__destination"
        title={last4 ? `${w.destination} ${last4}` : w.destination}
      >
        <span className="ellipsis">{w.destination}</span>{' '}
        {last4 ? <span className="muted activity-row__last4">{last4}</span> : null}
      </span>
      <span role="cell" className="ellipsis">
        {w.profile}
      </span>
      <span
        role="cell"
        className="ellipsis"
        title={row.ruleId ? `Auto-redeem rule ${w.source}` : 'Started in this app'}
      >
        {w.source}
      </span>
      <span role="cell" className="activity-row__status">
        <StatusBadge status={row.status} label={w.status} />
      </span>
    </div>
  );
}
