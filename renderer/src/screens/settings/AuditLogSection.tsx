// The audit log: who did what, where, and how it ended, newest first, a page at a time.
import { useCallback, useEffect, useState } from 'react';
import type { AuditEntryView } from '../../../../shared/views';
import { call } from '../../bridge/treasury';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Section } from '../../components/Section';
import { auditActionLabel, auditOutcomeLabel, environmentLabel } from '../../format/labels';
import { formatDateTime } from '../../format/time';
import { useBridgeAction } from '../../hooks/useBridgeAction';

const PAGE = 50;

export function AuditLogSection() {
  const [entries, setEntries] = useState<AuditEntryView[]>([]);
  const [nextBefore, setNextBefore] = useState<string | undefined>(undefined);
  const page = useBridgeAction((before?: string) =>
    call('getAuditLog', before ? { before, limit: PAGE } : { limit: PAGE }),
  );

  const loadFirst = useCallback(async () => {
    const result = await page.run();
    if (!result) return;
    setEntries(result.entries);
    setNextBefore(result.nextBefore);
  }, [page.run]);

  const loadOlder = async () => {
    const result = await page.run(nextBefore);
    if (!result) return;
    setEntries((e) => [...e, ...result.entries]);
    setNextBefore(result.nextBefore);
  };

  useEffect(() => void loadFirst(), [loadFirst]);

  return (
    <Section
      title="Audit log"
      testId="audit-log"
      actions={
        <button
          type="button"
          className="button--small"
          onClick={() => void loadFirst()}
          disabled={page.pending}
        >
          Refresh
        </button>
      }
    >
      {page.error ? <ErrorNotice error={page.error} /> : null}
      {entries.length === 0 && !page.pending ? <p className="muted">No entries yet.</p> : null}
      {entries.length > 0 ? (
        <table className="table" aria-label="Audit log">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Action</th>
              <th scope="col">Environment</th>
              <th scope="col">Outcome</th>
              <th scope="col">User</th>
              <th scope="col">Your reference</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e, i) => (
              <tr key={`${e.at}-${i}`}>
                <td>{formatDateTime(e.at)}</td>
                <td title={e.action}>{auditActionLabel(e.action).text}</td>
                <td title={e.environment}>{environmentLabel(e.environment).text}</td>
                <td title={e.outcome}>{auditOutcomeLabel(e.outcome).text}</td>
                <td>{e.user}</td>
                <td className="mono" title={e.refId ? `ref_id ${e.refId}` : undefined}>
                  {e.refId ?? '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {nextBefore ? (
        <button type="button" onClick={() => void loadOlder()} disabled={page.pending}>
          Load older entries
        </button>
      ) : null}
    </Section>
  );
}
