// Overview's position: the cash and stablecoins held, and what is on its way in, converting
// inside Paxos, or on its way out. Unmatched incoming wires are counted and named, and the
// pending incoming wires are listed, so none is ever out of sight.
import { Fragment } from 'react';
import { IncomingWireList } from '../../components/incoming/IncomingWireList';
import { Money } from '../../components/Money';
import { Section } from '../../components/Section';
import { position, type Moving } from '../../model/position';
import { useIncomingWires, useProfiles, useRecentOrchestrations } from '../../store/selectors';

function MovingList({ items, none }: { items: Moving[]; none: string }) {
  if (items.length === 0) return <span className="muted">{none}</span>;
  return (
    <ul className="plain-list">
      {items.map((m) => (
        <li key={m.what}>
          <Money value={m.total} asset={m.sourceAsset} /> {m.what} ({m.count})
        </li>
      ))}
    </ul>
  );
}

export function PositionSection() {
  const incoming = useIncomingWires();
  const p = position(useProfiles(), useRecentOrchestrations(), incoming.wires);
  const pending = incoming.wires.filter((w) => w.status.toUpperCase() === 'PENDING');
  return (
    <Section title="Position" testId="overview-position">
      <div className="position-grid">
        <div className="position-cell">
          <h3>Held</h3>
          <dl className="position-held">
            <dt>USD cash</dt>
            <dd data-testid="position-cash">
              <Money value={p.cashUsd} asset="USD" />
            </dd>
            {p.stablecoins.map((s) => (
              <Fragment key={s.asset}>
                <dt>{s.asset}</dt>
                <dd>
                  <Money value={s.total} asset={s.asset} />
                </dd>
              </Fragment>
            ))}
          </dl>
        </div>
        <div className="position-cell" data-testid="position-arriving">
          <h3>Arriving</h3>
          {p.arriving.count === 0 ? (
            <span className="muted">no incoming wires pending</span>
          ) : (
            <p>
              <Money value={p.arriving.totalUsd} asset="USD" /> in {p.arriving.count} incoming
              wire(s)
              {p.arriving.unmatched > 0 ? (
                <strong className="bad">
                  {' '}
                  · {p.arriving.unmatched} unmatched incoming wire(s)
                </strong>
              ) : null}
            </p>
          )}
        </div>
        <div className="position-cell" data-testid="position-converting">
          <h3>Converting inside Paxos</h3>
          <MovingList items={p.converting} none="nothing converting" />
        </div>
        <div className="position-cell" data-testid="position-leaving">
          <h3>Leaving Paxos</h3>
          <MovingList items={p.leaving} none="nothing leaving" />
        </div>
      </div>
      {pending.length > 0 ? (
        <IncomingWireList wires={pending} label="Incoming wires arriving" />
      ) : null}
    </Section>
  );
}
