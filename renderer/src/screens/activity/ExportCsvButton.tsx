// "Export CSV" of exactly the rows the filters select. Main writes the file (with spreadsheet
// formula injection neutralised) and says where; the renderer only shows the result.
import { useState } from 'react';
import type { ActivityFilter } from '../../../../shared/operation-inputs';
import { call } from '../../bridge/treasury';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useBridgeAction } from '../../hooks/useBridgeAction';

export function ExportCsvButton({ filter }: { filter: ActivityFilter }) {
  const exporter = useBridgeAction((f: ActivityFilter) => call('exportActivityCsv', f));
  const [result, setResult] = useState<{ path: string; rows: number } | null>(null);
  const run = async () => {
    setResult(null);
    const exported = await exporter.run(filter);
    if (exported) setResult(exported);
  };
  return (
    <div className="export">
      <button type="button" onClick={() => void run()} disabled={exporter.pending}>
        {exporter.pending ? 'Exporting…' : 'Export CSV'}
      </button>
      {result ? (
        <p role="status" data-testid="export-result">
          Exported {result.rows.toLocaleString()} rows to{' '}
          <code className="mono break">{result.path}</code>
        </p>
      ) : null}
      {exporter.error ? <ErrorNotice error={exporter.error} /> : null}
    </div>
  );
}
