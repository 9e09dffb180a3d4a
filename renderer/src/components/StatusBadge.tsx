// A Paxos status as a badge: the text exactly as Paxos sent it, coloured by meaning.
import { statusTone } from '../model/status-tone';

export function StatusBadge({ status, label }: { status: string; label?: string }) {
  return (
    <span className={`badge badge--${statusTone(status)}`} data-status={status}>
      {label ?? status}
    </span>
  );
}
