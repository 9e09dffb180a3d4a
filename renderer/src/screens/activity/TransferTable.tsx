// The Paxos transfers behind a redemption (the stablecoin debit, the wire), as Paxos reports
// them: a compact list that fits the detail panel, each with its id to copy.
import type { TransferView } from '../../../../shared/views';
import { CopyButton } from '../../components/CopyButton';
import { Money } from '../../components/Money';
import { StatusBadge } from '../../components/StatusBadge';
import { transferTypeLabel } from '../../format/labels';
import { formatShortDateTime } from '../../format/time';

export function TransferTable({ transfers }: { transfers: TransferView[] }) {
  if (transfers.length === 0) return <p className="muted">No transfers reported by Paxos yet.</p>;
  return (
    <>
      <h3>Transfers</h3>
      <ul className="plain-list transfer-list" aria-label="Transfers">
        {transfers.map((t) => (
          <li key={t.id} className="transfer">
            <div className="row-line">
              <strong title={`Paxos transfer type: ${t.type}`}>
                {transferTypeLabel(t.type).text}
              </strong>
              <StatusBadge status={t.status} kind="transfer" />
              <span className="section__spacer" />
              <span className="muted">{formatShortDateTime(t.updatedAt ?? t.createdAt)}</span>
            </div>
            <div className="row-line">
              <Money value={t.amount} asset={t.asset} />
              {t.fee && t.fee !== '0' ? (
                <span className="muted">
                  fee <Money value={t.fee} asset={t.asset} />
                </span>
              ) : null}
            </div>
            <div className="row-line">
              <code className="mono">{t.id}</code>
              <CopyButton text={t.id} what={`transfer id ${t.id}`} />
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
