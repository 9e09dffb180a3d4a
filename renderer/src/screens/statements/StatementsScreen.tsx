// Monthly statements: pick a profile and a month (UTC), main makes the statement from its own
// sources and Paxos's balances; it is shown here and saved as CSV, or as a PDF that main prints
// from this window. For printing, the same sheet is also drawn outside the app's layout (a
// portal at the end of <body>), and the print CSS shows only that copy: the shell's scrolling
// panes and navigation never reach the paper.
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { StatementInput, StatementView } from '../../../../shared/statement';
import { call } from '../../bridge/treasury';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Section } from '../../components/Section';
import { SelectField } from '../../components/SelectField';
import { useBridgeAction } from '../../hooks/useBridgeAction';
import { useProfiles } from '../../store/selectors';
import { StatementSheet } from './StatementSheet';

/** This month and the eleven before it, in UTC ("2026-12"), newest first. */
function recentMonths(now = new Date()): string[] {
  return Array.from({ length: 12 }, (_, i) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    return d.toISOString().slice(0, 7);
  });
}

/** The PDF's title (its document information) names the environment too. */
function useDocumentTitle(s: StatementView | undefined) {
  useEffect(() => {
    if (!s) return undefined;
    const before = document.title;
    document.title = `Treasury Desk ${s.environmentLabel} statement ${s.profileName} ${s.month}`;
    return () => void (document.title = before);
  }, [s]);
}

export function StatementsScreen() {
  const profiles = useProfiles();
  const months = recentMonths();
  const [profileId, setProfileId] = useState('');
  const [month, setMonth] = useState(months[0]!);
  const chosen = profileId || profiles[0]?.id || '';
  const [statement, setStatement] = useState<StatementView>();
  const [saved, setSaved] = useState<string>();
  const maker = useBridgeAction((input: StatementInput) => call('getMonthlyStatement', input));
  const csv = useBridgeAction((input: StatementInput) => call('exportStatementCsv', input));
  const pdf = useBridgeAction((input: StatementInput) => call('exportStatementPdf', input));
  useDocumentTitle(statement);
  const input = statement ? { profileId: statement.profileId, month: statement.month } : undefined;
  const make = async () => {
    setSaved(undefined);
    const made = await maker.run({ profileId: chosen, month });
    if (made) setStatement(made);
  };
  const save = async (which: 'csv' | 'pdf') => {
    if (!input) return;
    setSaved(undefined);
    const result = await (which === 'csv' ? csv : pdf).run(input);
    if (result) setSaved(result.path);
  };
  return (
    <div className="screen statements">
      <h1>Statements</h1>
      <Section title="Monthly statement">
        <form
          className="statements__controls"
          aria-label="Statement"
          onSubmit={(e) => {
            e.preventDefault();
            void make();
          }}
        >
          <SelectField
            path="statement.profile"
            label="Profile"
            value={chosen}
            options={profiles.map((p) => ({ value: p.id, label: p.nickname }))}
            onChange={setProfileId}
          />
          <SelectField
            path="statement.month"
            label="Month (UTC)"
            value={month}
            options={months.map((m) => ({ value: m, label: m }))}
            onChange={setMonth}
          />
          <button type="submit" className="primary" disabled={!chosen || maker.pending}>
            {maker.pending ? 'Making…' : 'Make statement'}
          </button>
          {statement ? (
            <>
              <button type="button" onClick={() => void save('csv')} disabled={csv.pending}>
                Save CSV
              </button>
              <button type="button" onClick={() => void save('pdf')} disabled={pdf.pending}>
                {pdf.pending ? 'Printing…' : 'Save PDF'}
              </button>
            </>
          ) : null}
        </form>
        {maker.error ? <ErrorNotice error={maker.error} /> : null}
        {csv.error ? <ErrorNotice error={csv.error} /> : null}
        {pdf.error ? <ErrorNotice error={pdf.error} /> : null}
        {saved ? (
          <p role="status" data-testid="statement-saved">
            Saved to <code className="mono break">{saved}</code>
          </p>
        ) : null}
      </Section>
      {statement ? (
        <div className="statements__sheet">
          <StatementSheet statement={statement} />
        </div>
      ) : null}
      {statement
        ? createPortal(
            <div className="print-only" data-testid="statement-print" aria-hidden="true">
              <StatementSheet statement={statement} />
            </div>,
            document.body,
          )
        : null}
    </div>
  );
}
