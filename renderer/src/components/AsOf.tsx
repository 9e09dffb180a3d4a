// "as of 14:02:11": when main last saw this cached data from Paxos. Never hidden, so stale data
// cannot pass for live data, offline or not.
import { formatAsOf } from '../format/time';

export function AsOf({ at, label = 'as of' }: { at: string | null | undefined; label?: string }) {
  return (
    <span className="as-of" data-testid="as-of">
      {at ? `${label ? `${label} ` : ''}${formatAsOf(at)}` : 'not yet synced with Paxos'}
    </span>
  );
}
