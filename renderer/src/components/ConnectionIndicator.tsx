// The online/offline slot of the status bar: what main last learned from a real request.
import type { Connection } from '../../../shared/state';
import { formatAsOf } from '../format/time';

const labels: Record<Connection['status'], string> = {
  unknown: 'Connecting…',
  online: 'Online',
  offline: 'Offline — showing saved data',
  cooling_down: 'Paused by Paxos rate limit',
  not_configured: 'Not connected',
};

export function ConnectionIndicator({ connection }: { connection: Connection }) {
  const detail =
    connection.status === 'cooling_down' && connection.coolDownUntil
      ? `until ${formatAsOf(connection.coolDownUntil)}`
      : connection.lastSyncAt
        ? `last sync ${formatAsOf(connection.lastSyncAt)}`
        : null;
  return (
    <span
      className={`connection connection--${connection.status}`}
      role="status"
      aria-live="polite"
    >
      <span className="connection__dot" aria-hidden="true" />
      {labels[connection.status]}
      {detail ? <span className="connection__detail"> · {detail}</span> : null}
    </span>
  );
}
