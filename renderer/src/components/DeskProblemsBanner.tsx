// Tells the operator, above every screen, what went wrong in the background: a send or flush
// that failed unexpectedly (a storage error, say: recorded in the audit log too), and damage
// found in the local database with sending held until every request is checked with Paxos, and
// a local database the disk will not write (full, I/O error, no permission): nothing is sent.
// Fed from the published desk state (`storage`); it goes away once a later flush runs clean.
import { formatAsOf } from '../format/time';
import { useAppStore } from '../store/app-store';

export function DeskProblemsBanner() {
  const storage = useAppStore((s) => s.state?.storage);
  if (!storage) return null;
  const failed = storage.backgroundError;
  const damaged = storage.message;
  if (!failed && !damaged) return null;
  return (
    <div className="error-notice" role="alert" data-testid="desk-problems">
      {failed ? (
        <p>
          <strong>Background sending failed ({formatAsOf(failed.at)}).</strong> {failed.message}
          {failed.refId
            ? ` Request ${failed.refId} is checked with Paxos by its reference before anything is sent again.`
            : ' Treasury Desk tries again on the next sync.'}
        </p>
      ) : null}
      {damaged ? (
        <p>
          <strong>{damaged}</strong>
          {storage.writeFault ? ` (since ${formatAsOf(storage.writeFault.since)})` : ''}
          {storage.lastCheckError ? ` Last check: ${storage.lastCheckError}` : ''}
        </p>
      ) : null}
    </div>
  );
}
