// Balances as a matrix: one row per profile, one column per asset, so a desk with several
// profiles reads them at a glance. Every digit is shown (no rounding); the trading (reserved)
// part appears under a balance only when it is not zero. The asset is the column's header, so
// cells show the number alone (a 1024 px window fits every column).
import { ASSETS } from '../../../../shared/assets';
import { isDecimalString, isZeroAmount } from '../../../../shared/money';
import type { BalanceView } from '../../../../shared/views';
import { Money } from '../../components/Money';
import { Section } from '../../components/Section';
import { useAppStore } from '../../store/app-store';

/** Known assets in their usual order, then any asset Paxos adds, as it comes. */
function assetColumns(balances: BalanceView[]): string[] {
  const seen = new Set(balances.map((b) => b.asset));
  return [
    ...ASSETS.filter((a) => seen.has(a)),
    ...[...seen].filter((a) => !(ASSETS as readonly string[]).includes(a)),
  ];
}

function BalanceCell({ balance, asset }: { balance: BalanceView | undefined; asset: string }) {
  if (!balance) return <span className="muted">—</span>;
  const trading = balance.trading;
  return (
    <>
      <Money value={balance.available} />
      <span className="visually-hidden"> {asset}</span>
      {trading && isDecimalString(trading) && !isZeroAmount(trading) ? (
        <span className="balance__trading">
          trading <Money value={trading} asset={asset} />
        </span>
      ) : null}
    </>
  );
}

export function BalancesSection() {
  const profiles = useAppStore((s) => s.state?.profiles);
  if (!profiles) return null;
  const columns = assetColumns(profiles.items.flatMap((p) => p.balances));
  return (
    <Section title="Balances (available)" asOf={profiles.asOf} testId="balances">
      {profiles.items.length === 0 ? (
        <p className="muted">No profiles yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="table" aria-label="Balances">
            <thead>
              <tr>
                <th scope="col">Profile</th>
                {columns.map((asset) => (
                  <th key={asset} scope="col" className="num">
                    {asset}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {profiles.items.map((profile) => (
                <tr key={profile.id} data-testid="balance-row" data-profile-id={profile.id}>
                  <th scope="row">{profile.nickname}</th>
                  {columns.map((asset) => (
                    <td key={asset} className="num" data-asset={asset}>
                      <BalanceCell
                        balance={profile.balances.find((b) => b.asset === asset)}
                        asset={asset}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
