// The totals on Overview: stablecoins (what can be redeemed, 1:1 in USD) and USD cash apart, then
// each stablecoin over all profiles. USD cash is its own card, never part of the stablecoin sum.
import { Money } from '../../components/Money';
import { AsOf } from '../../components/AsOf';
import { formatUsd } from '../../format/usd';
import { balanceTotals } from '../../model/balance-totals';
import { useAppStore } from '../../store/app-store';

export function TotalsCards() {
  const profiles = useAppStore((s) => s.state?.profiles);
  if (!profiles || profiles.items.length === 0) return null;
  const totals = balanceTotals(profiles.items);
  const hasCash = totals.perAsset.some((p) => p.asset === 'USD');
  return (
    <section aria-labelledby="totals-title" data-testid="overview-totals">
      <h2 id="totals-title" className="visually-hidden">
        Totals
      </h2>
      <div className="overview-totals">
        <div className="total-card total-card--usd" data-testid="total-usd">
          <p className="total-card__label">Stablecoins, in USD at 1:1 (cash apart)</p>
          <p className="total-card__value">{formatUsd(totals.stablecoinsUsd)}</p>
          {totals.notInUsd.length > 0 ? (
            <p className="total-card__label">not counted: {totals.notInUsd.join(', ')}</p>
          ) : null}
        </div>
        {hasCash ? (
          <div className="total-card" data-testid="total-usd-cash">
            <p className="total-card__label">USD cash, all profiles</p>
            <p className="total-card__value">{formatUsd(totals.usdCash)}</p>
          </div>
        ) : null}
        {totals.perAsset
          .filter((p) => p.asset !== 'USD')
          .map(({ asset, total }) => (
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
