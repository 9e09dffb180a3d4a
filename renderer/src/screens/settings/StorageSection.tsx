// The local database: what the last check found (damage, requests held until Paxos confirmed
// them) and the operator's way to rebuild the cache from Paxos. Rebuilding empties the cached
// lists and loads the whole history again; queued requests and the audit log are not touched.
import { useState } from 'react';
import { call } from '../../bridge/treasury';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Section } from '../../components/Section';
import { countText } from '../../format/count';
import { useBridgeAction } from '../../hooks/useBridgeAction';
import { useAppStore } from '../../store/app-store';

export function StorageSection() {
  const storage = useAppStore((s) => s.state?.storage);
  const stored = useAppStore((s) => s.state?.activity.total ?? 0);
  const rebuild = useBridgeAction(() => call('rebuildCache'));
  const [result, setResult] = useState<{ orchestrations: number; asOf: string | null } | null>(
    null,
  );
  const start = async () => {
    setResult(null);
    setResult((await rebuild.run()) ?? null);
  };
  return (
    <Section title="Local database" testId="settings-storage">
      {storage && !storage.ok && storage.message ? (
        <div role="alert" className="error-notice">
          <p>{storage.message}</p>
          {storage.keptAt ? (
            <p className="muted">The damaged file was kept for support at {storage.keptAt}.</p>
          ) : null}
        </div>
      ) : (
        <p className="muted">No damage found in the local database.</p>
      )}
      <p className="muted">
        Rebuilding empties the cached lists (activity, bank accounts, rules, balances) and loads
        them again from Paxos. Queued requests and the audit log are kept. A long history can take
        minutes.
      </p>
      <button type="button" onClick={() => void start()} disabled={rebuild.pending}>
        Rebuild the cache from Paxos
      </button>
      <p role="status" aria-live="polite">
        {rebuild.pending
          ? `Rebuilding from Paxos… ${countText(stored, 'orchestration', 'orchestrations')} stored so far.`
          : result
            ? result.asOf === null
              ? `The cache was emptied, but Paxos could not be reached: it fills again at the next sync (${countText(result.orchestrations, 'orchestration', 'orchestrations')} stored).`
              : `Rebuilt from Paxos: ${countText(result.orchestrations, 'orchestration', 'orchestrations')} stored.`
            : null}
      </p>
      {rebuild.error ? <ErrorNotice error={rebuild.error} /> : null}
    </Section>
  );
}
