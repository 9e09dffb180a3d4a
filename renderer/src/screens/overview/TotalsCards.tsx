// The first thing on Overview: what the desk holds, per asset over all profiles, and in USD.
import { Money } from '../../components/Money';
import { AsOf } from '../../components/AsOf';
import { formatUsd } from '../../format/usd';
import { balanceTotals } from '../../model/balance-totals';
import { useAppStore } from '../../store/app-store';

export function TotalsCards() {
  const profiles = useAppStore((s) => s.state?.profiles);
  if (!profiles || profiles.items.length === 0) return null;
  const totals = balanceTotals(profiles.items);
  return (
    <section aria-labelledby="totals-title" data-testid="overview-totals">
      <h2 id="totals-title" className="visually-hidden">
        Totals
      </h2>
      <div className="overview-totals">
        <div className="total-card total-card--usd" data-testid="total-usd">
          <p className="total-card__label">Available in USD (stablecoins 1:1)</p>
          <p className="total-card__value">{formatUsd(totals.usd)}</p>
          {totals.notInUsd.length > 0 ? (
            <p className="total-card__label">not counted: {totals.notInUsd.join(', ')}</p>
          ) : null}
        </div>
        {totals.perAsset.map(({ asset, total }) => (
          <div key={asset} className="total-card" data-testid="total-asset" data-asset={asset}>
            <p className="total-card__label">{asset}, all profiles</p>
            <p className="total-card__value">
              <Money value={total} asset={asset} />
            </p>
          </div>
        ))}
      </div>
      <AsOf at={profiles.asOf} />
    </section>
  );
}
