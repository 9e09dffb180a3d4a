// A monthly statement as one table, on screen and on paper alike: its <thead> names the
// environment, the profile and the month, and Chromium repeats a table's <thead> on every
// printed page, so every page of the PDF says which environment it came from. Per asset: the
// opening balance, every movement with the balance after it, the totals, the closing balance,
// then the reconciliation with what Paxos reports, a difference shown in words, never hidden.
import type { StatementAsset, StatementView } from '../../../../shared/statement';
import { formatAmount, isDecimalString } from '../../../../shared/money';
import { formatAmountSafe } from '../../format/amount';

const COLUMNS = 5;
const utc = (iso: string | undefined) => (iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : '—');
/** Grouped, with every decimal main wrote (the asset's fixed places): "849,000.000000 USDC". */
const money = (value: string | undefined, asset: string) =>
  value === undefined
    ? '—'
    : isDecimalString(value)
      ? formatAmount(value, asset, { minFractionDigits: value.split('.')[1]?.length ?? 0 })
      : formatAmountSafe(value, asset);
const lastDay = (s: StatementView) =>
  new Date(Date.parse(s.periodEnd) - 1).toISOString().slice(0, 10);

function Line({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <tr className="statement__line" data-testid={testId}>
      <th scope="row" colSpan={COLUMNS - 1}>
        {label}
      </th>
      <td className="num">{value}</td>
    </tr>
  );
}

function AssetRows({ a, s }: { a: StatementAsset; s: StatementView }) {
  const r = a.reconciliation;
  return (
    <tbody data-testid="statement-asset" data-asset={a.asset} data-closing={a.closing}>
      <tr className="statement__asset">
        <th scope="rowgroup" colSpan={COLUMNS}>
          {a.asset}
        </th>
      </tr>
      <Line
        label={`Opening balance, ${s.periodStart.slice(0, 10)}`}
        value={money(a.opening, a.asset)}
      />
      {a.movements.length === 0 ? (
        <tr>
          <td colSpan={COLUMNS} className="muted">
            No movements this month.
          </td>
        </tr>
      ) : (
        a.movements.map((m, i) => (
          <tr key={`${m.orchestrationId}-${i}`} data-testid="statement-movement">
            <td>{utc(m.at)}</td>
            <td>
              {m.what}
              {m.detail ? <div className="muted">{m.detail}</div> : null}
              <div className="mono small">{m.refId ?? m.orchestrationId}</div>
            </td>
            <td>{m.status}</td>
            <td className="num">{money(m.amount, a.asset)}</td>
            <td className="num">{money(m.balanceAfter, a.asset)}</td>
          </tr>
        ))
      )}
      <Line label="Paid out (debits)" value={money(a.debits, a.asset)} />
      <Line label="Received and returned (credits)" value={money(a.credits, a.asset)} />
      <Line label="Fees" value={money(a.fees, a.asset)} />
      <Line
        label={`Closing balance, ${lastDay(s)}`}
        value={money(a.closing, a.asset)}
        testId="statement-closing"
      />
      <Line
        label={`Paxos reports at ${utc(s.balancesAsOf)}`}
        value={money(a.paxosBalance, a.asset)}
      />
      <Line label="Movements after the month, up to then" value={money(a.afterPeriod, a.asset)} />
      {r.earlierReading !== undefined ? (
        <Line
          label={`Desk's previous reading (${utc(r.earlierAt)}) plus its movements since`}
          value={money(r.expected, a.asset)}
        />
      ) : null}
      {r.difference !== undefined ? (
        <Line
          label="Difference"
          value={money(r.difference, a.asset)}
          testId="statement-difference"
        />
      ) : null}
      <tr>
        <td
          colSpan={COLUMNS}
          className={r.agrees === false ? 'statement__verdict bad' : 'statement__verdict'}
          data-testid="statement-verdict"
          data-agrees={r.agrees === undefined ? 'unknown' : String(r.agrees)}
        >
          {r.verdict}
        </td>
      </tr>
    </tbody>
  );
}

export function StatementSheet({ statement: s }: { statement: StatementView }) {
  return (
    <table className="statement" data-testid="statement-sheet">
      <caption className="visually-hidden">
        Monthly statement of {s.profileName}, {s.month}, {s.environmentLabel}
      </caption>
      <thead>
        <tr>
          <th colSpan={COLUMNS} className="statement__header" data-testid="statement-header">
            <span className="statement__env">{s.environmentLabel}</span> Treasury Desk · Monthly
            statement · {s.profileName} · {s.month} (UTC) · made {utc(s.generatedAt)}
          </th>
        </tr>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Movement</th>
          <th scope="col">Status</th>
          <th scope="col" className="num">
            Amount
          </th>
          <th scope="col" className="num">
            Balance after
          </th>
        </tr>
      </thead>
      {s.assets.map((a) => (
        <AssetRows key={a.asset} a={a} s={s} />
      ))}
      {/* Not a <tfoot>: Chromium would repeat it on every page too. */}
      <tbody>
        <tr>
          <td colSpan={COLUMNS} className="statement__method">
            <strong>How this statement is made.</strong>
            <ul>
              {s.method.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </td>
        </tr>
      </tbody>
    </table>
  );
}
