// The Paxos transfers behind a redemption (the stablecoin debit, the wire), as Paxos reports them.
import type { TransferView } from '../../../../shared/views';
import { CopyButton } from '../../components/CopyButton';
import { Money } from '../../components/Money';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDateTime } from '../../format/time';

export function TransferTable({ transfers }: { transfers: TransferView[] }) {
  if (transfers.length === 0) return <p className="muted">No transfers reported by Paxos yet.</p>;
  return (
    <table className="table" aria-label="Transfers">
      <thead>
        <tr>
          <th scope="col">Type</th>
          <th scope="col">Status</th>
          <th scope="col" className="num">Amount</th>
          <th scope="col" className="num">Fee</th>
          <th scope="col">Updated</th>
          <th scope="col">Transfer id</th>
        </tr>
      </thead>
      <tbody>
        {transfers.map((t) => (
          <tr key={t.id}>
            <td>{t.type}</td>
            <td><StatusBadge status={t.status} /></td>
            <td className="num"><Money value={t.amount} asset={t.asset} /></td>
            <td className="num"><Money value={t.fee} asset={t.asset} /></td>
            <td>{formatDateTime(t.updatedAt ?? t.createdAt)}</td>
            <td>
              <code className="mono">{t.id.slice(0, 8)}…</code> <CopyButton text={t.id} what={`transfer id ${t.id}`} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
