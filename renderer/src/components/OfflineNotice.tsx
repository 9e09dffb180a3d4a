// Says, at the top of a screen, when what is shown is not live: offline, paused by Paxos, or
// not connected. It also says what happens to anything prepared meanwhile.
import { formatAsOf } from '../format/time';
import { useAppStore } from '../store/app-store';

export function OfflineNotice() {
  const connection = useAppStore((s) => s.state?.connection);
  if (!connection) return null;
  const since = connection.lastSyncAt
    ? `Showing data as of ${formatAsOf(connection.lastSyncAt)}.`
    : 'Nothing has been synced yet.';
  if (connection.status === 'offline') {
    return (
      <p className="warning-box" role="status" data-testid="offline-notice">
        <strong>Offline.</strong> {since} Requests you prepare are queued and sent when the
        connection returns.
      </p>
    );
  }
  if (connection.status === 'cooling_down') {
    const until = connection.coolDownUntil ? ` until ${formatAsOf(connection.coolDownUntil)}` : '';
    return (
      <p className="warning-box" role="status" data-testid="offline-notice">
        <strong>Paused by the Paxos rate limit{until}.</strong> {since} Queued requests are sent
        after the pause.
      </p>
    );
  }
  if (connection.status === 'not_configured') {
    return (
      <p className="warning-box" role="status" data-testid="offline-notice">
        <strong>Not connected.</strong> This environment has no API credentials yet; add them in
        Settings.
      </p>
    );
  }
  return null;
}
