// The facts a bank statement is reconciled against, in the drawer exactly as the CSV writes
// them (shared/movement-details.ts: same order, same values; each row carries its CSV column
// and raw value), with the gaps said: Paxos reports no bank wire reference (IMAD), and legs that
// could not be read leave the fee and times unknown rather than blank.
import { isTerminalOrchestration } from '../../../../shared/paxos/status-meanings';
import { MOVEMENT_COLUMNS, NO_IMAD_NOTE } from '../../../../shared/movement-details';
import type { MovementDetails } from '../../../../shared/movement-details';
import { CopyButton } from '../../components/CopyButton';
import { formatAmount, isDecimalString } from '../../../../shared/money';
import { formatAmountSafe } from '../../format/amount';
import { formatDateTime } from '../../format/time';

const TIMES = new Set<keyof MovementDetails>(['createdAt', 'sentAt', 'settledAt']);
const IDS = new Set<keyof MovementDetails>([
  'refId',
  'orchestrationId',
  'sourceTransferId',
  'destinationTransferId',
  'depositTxHash',
]);
const LEGS: Record<MovementDetails['legs'], string> = {
  read: 'Read from Paxos',
  not_read: 'Not read from Paxos (offline?): fee and sent time unknown',
  none: 'None yet',
};

/** "150,000.000000 USDC": grouped, every decimal main wrote (the asset's fixed places) kept. */
function fixed(value: string, asset: string | undefined): string {
  if (!isDecimalString(value)) return formatAmountSafe(value, asset);
  return formatAmount(value, asset, { minFractionDigits: value.split('.')[1]?.length ?? 0 });
}

/** Why a field is empty, in words, where "—" alone would leave the operator guessing. */
function emptyText(key: keyof MovementDetails, d: MovementDetails): string {
  if ((key === 'fee' || key === 'sentAt' || key === 'sourceFee') && d.legs === 'not_read')
    return 'not read from Paxos';
  // An ended movement that did not complete never settles: "not yet" would promise a wire.
  if (key === 'settledAt' || key === 'usd')
    return isTerminalOrchestration(d.status.toUpperCase()) && d.status.toUpperCase() !== 'COMPLETED'
      ? 'none (it did not complete)'
      : 'not yet';
  if (key === 'depositTxHash') return 'none (not a rule deposit)';
  return '—';
}

function Value({ field, d }: { field: keyof MovementDetails; d: MovementDetails }) {
  const value = d[field];
  if (field === 'legs') return <>{LEGS[d.legs]}</>;
  if (value === undefined || value === '')
    return <span className="muted">{emptyText(field, d)}</span>;
  if (TIMES.has(field)) return <time dateTime={value}>{formatDateTime(value)}</time>;
  if (field === 'amount') return <>{fixed(value, d.asset)}</>;
  if (field === 'usd') return <>{fixed(value, 'USD')}</>;
  if (field === 'fee') return <>{fixed(value, d.feeAsset)}</>;
  if (field === 'sourceFee') return <>{fixed(value, d.asset)}</>;
  if (IDS.has(field))
    return (
      <>
        <code className="mono">{value}</code> <CopyButton text={value} what={field} />
      </>
    );
  return <>{value}</>;
}

export function StatementFacts({ details }: { details: MovementDetails }) {
  return (
    <section aria-labelledby="statement-facts-title" data-testid="statement-facts">
      <h3 id="statement-facts-title">For reconciliation (as in the CSV export)</h3>
      <dl className="facts">
        {MOVEMENT_COLUMNS.map(([field, column, label]) => (
          <div
            key={field}
            className="facts__row"
            data-column={column}
            data-value={details[field] ?? ''}
          >
            <dt>{label}</dt>
            <dd>
              <Value field={field} d={details} />
            </dd>
          </div>
        ))}
        <div className="facts__row" data-column="imad">
          <dt>Bank wire reference</dt>
          <dd className="muted" data-testid="no-imad">
            {NO_IMAD_NOTE}
          </dd>
        </div>
      </dl>
    </section>
  );
}
