// Incoming wires (WIRE_DEPOSIT transfers at Paxos), newest first: when, which profile, what was
// sent, the fee Paxos deducted, what was received, the memo, the status, and the expected wire it
// matched — or "Unmatched incoming wire", never hidden — and "Possible return of wire out …"
// when it may be a wire out of this desk coming back. Shared by Fund, Overview and Activity.
import type { IncomingWireView } from '../../../../shared/money-in';
import { formatShortDateTime } from '../../format/time';
import { useProfiles } from '../../store/selectors';
import { Money } from '../Money';
import { StatusBadge } from '../StatusBadge';

export function IncomingWireList({ wires, label }: { wires: IncomingWireView[]; label: string }) {
  const profiles = useProfiles();
  const name = (id: string | undefined) => profiles.find((p) => p.id === id)?.nickname ?? id ?? '—';
  if (wires.length === 0) return <p className="muted">No incoming wires yet.</p>;
  return (
    <div className="table-scroll">
      <table className="table" aria-label={label} data-testid="incoming-wires">
        <thead>
          <tr>
            <th scope="col">Arrived</th>
            <th scope="col">Profile</th>
            <th scope="col" className="num">
              Sent
            </th>
            <th scope="col" className="num">
              Fee
            </th>
            <th scope="col" className="num">
              Received
            </th>
            <th scope="col">Memo</th>
            <th scope="col">Status</th>
            <th scope="col">Expected wire</th>
          </tr>
        </thead>
        <tbody>
          {wires.map((w) => (
            <tr
              key={w.id}
              data-testid={`incoming-wire-${w.id}`}
              data-matched={w.expectedId ? 'yes' : 'no'}
            >
              <td>{formatShortDateTime(w.createdAt)}</td>
              <td>{name(w.profileId)}</td>
              <td className="num">
                <Money value={w.amount} asset="USD" />
              </td>
              <td className="num">
                <Money value={w.fee} asset="USD" />
              </td>
              <td className="num">
                {w.status.toUpperCase() === 'COMPLETED' ? (
                  <Money value={w.received} asset="USD" />
                ) : (
                  <span className="muted">not yet</span>
                )}
              </td>
              <td className="mono">{w.memo ?? '—'}</td>
              <td>
                <StatusBadge status={w.status} kind="transfer" />
              </td>
              <td>
                {w.expectedId ? (
                  <span>Matched{w.expectedNote ? `: ${w.expectedNote}` : ''}</span>
                ) : (
                  <strong className="bad">Unmatched incoming wire</strong>
                )}
                {w.possibleReturn ? (
                  <strong className="bad incoming__return" data-testid="possible-return">
                    {w.possibleReturn}
                  </strong>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
