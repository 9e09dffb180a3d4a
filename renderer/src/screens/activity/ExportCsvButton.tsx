// "Export CSV" of exactly the rows the filters select. Main streams the file (with spreadsheet
// formula injection neutralised) a page at a time and publishes how far it got
// (`exportProgress`); while it runs the button gives way to the progress and a Cancel, which
// stops main at its next page and removes the partial file.
import { useState } from 'react';
import type { ActivityFilter } from '../../../../shared/operation-inputs';
import { call } from '../../bridge/treasury';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useBridgeAction } from '../../hooks/useBridgeAction';
import { useAppStore } from '../../store/app-store';

type Outcome = { path: string; rows: number } | 'cancelled';

export function ExportCsvButton({ filter }: { filter: ActivityFilter }) {
  const exporter = useBridgeAction((f: ActivityFilter) => call('exportActivityCsv', f));
  const canceller = useBridgeAction(() => call('cancelExport'));
  const progress = useAppStore((s) => s.state?.exportProgress ?? null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const run = async () => {
    setOutcome(null);
    setCancelling(false);
    const exported = await exporter.run(filter);
    if (exported) setOutcome(exported);
  };
  const cancel = async () => {
    setCancelling(true);
    const answer = await canceller.run();
    if (answer?.cancelled) {
      setOutcome('cancelled');
      exporter.clearError(); // the export's own "cancelled" failure is said once, below
    }
  };
  const running = exporter.pending && progress && !progress.done ? progress : null;
  return (
    // The result stands to the left of the button, on the button's line, cut with an ellipsis
    // (the whole path in its tooltip): exporting never moves the button or the page below it.
    <div className="export">
      {outcome === 'cancelled' ? (
        <p role="status" className="export__result" data-testid="export-result">
          Export cancelled; nothing was written.
        </p>
      ) : outcome ? (
        <p
          role="status"
          className="export__result"
          data-testid="export-result"
          title={outcome.path}
        >
          Exported {outcome.rows.toLocaleString()} rows to{' '}
          <code className="mono">{outcome.path}</code>
        </p>
      ) : null}
      {exporter.pending ? (
        <>
          <span role="status" data-testid="export-progress">
            {running
              ? `Exporting ${running.rows.toLocaleString()} of ${running.total.toLocaleString()} rows…`
              : 'Exporting…'}
          </span>
          {running ? (
            <progress max={Math.max(running.total, 1)} value={running.rows} aria-hidden="true" />
          ) : null}
          <button type="button" onClick={() => void cancel()} disabled={cancelling}>
            {cancelling ? 'Cancelling…' : 'Cancel export'}
          </button>
        </>
      ) : (
        <button type="button" onClick={() => void run()}>
          Export CSV
        </button>
      )}
      {exporter.error && outcome !== 'cancelled' ? <ErrorNotice error={exporter.error} /> : null}
      {canceller.error ? <ErrorNotice error={canceller.error} /> : null}
    </div>
  );
}
