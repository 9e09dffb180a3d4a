// Covers the whole window while the app is locked: no balances, accounts or amounts are in the
// page at all (the screens are unmounted; drafts wait in memory), only the way back in.
import { call } from '../../bridge/treasury';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useBridgeAction } from '../../hooks/useBridgeAction';

export function LockScreen() {
  const unlock = useBridgeAction(() => call('unlock'));
  return (
    <main id="content" className="lock-screen" aria-labelledby="lock-title">
      <div className="lock-screen__panel">
        <h1 id="lock-title">Treasury Desk is locked</h1>
        <p className="muted">The app locked itself after a period without activity, or on request. Nothing you typed was lost.</p>
        <button type="button" className="button--primary" onClick={() => void unlock.run()} disabled={unlock.pending} autoFocus>
          {unlock.pending ? 'Unlocking…' : 'Unlock'}
        </button>
        {unlock.error ? <ErrorNotice error={unlock.error} /> : null}
      </div>
    </main>
  );
}
