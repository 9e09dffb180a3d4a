// Asks main to sync with Paxos now instead of at the next poll, e.g. right after a wire was
// expected to land. A failure is shown in the button's title and the status bar's state.
import { call } from '../bridge/treasury';
import { describeError } from '../errors/describe-error';
import { useBridgeAction } from '../hooks/useBridgeAction';

export function SyncNowButton() {
  const sync = useBridgeAction(() => call('refreshNow'));
  const problem = sync.error ? describeError(sync.error).title : undefined;
  return (
    <>
      <button
        type="button"
        className="button--small"
        onClick={() => void sync.run()}
        disabled={sync.pending}
      >
        {sync.pending ? 'Syncing…' : 'Sync now'}
      </button>
      {problem ? (
        <span className="bad" role="status">
          {problem}
        </span>
      ) : null}
    </>
  );
}
