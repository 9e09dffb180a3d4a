// Balances as a matrix: one row per profile, one column per asset, so a desk with several
// profiles reads them at a glance. Every digit is shown (no rounding); the trading (reserved)
// part appears under a balance only when it is not zero. The asset is the column's header, so
// cells show the number alone (a 1024 px window fits every column). A profile's USD cash has a
// "Wire out" link that opens the Wire out screen on that profile (when the credential can).
import { ASSETS } from '../../../../shared/assets';
import { isDecimalString, isZeroAmount } from '../../../../shared/money';
import type { BalanceView } from '../../../../shared/views';
import { Money } from '../../components/Money';
import { Section } from '../../components/Section';
import { availability } from '../../model/money-actions';
import { useAppStore } from '../../store/app-store';
import { useNavigation } from '../../store/navigation-store';

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

/** USD cash that can be wired: a link to the Wire out screen with the profile chosen. */
function WireOutLink({ profileId, nickname }: { profileId: string; nickname: string }) {
  const go = useNavigation((s) => s.go);
  return (
    <button
      type="button"
      className="button--link balance__action"
      aria-label={`Wire out USD from ${nickname}`}
      onClick={() => go('wire-out', profileId)}
    >
      Wire out
    </button>
  );
}

const hasCash = (b: BalanceView | undefined) =>
  b !== undefined && isDecimalString(b.available) && !isZeroAmount(b.available);

export function BalancesSection() {
  const profiles = useAppStore((s) => s.state?.profiles);
  const canWire = useAppStore((s) => availability(s.state, 'wireOut').ok);
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
                      {asset === 'USD' &&
                      canWire &&
                      hasCash(profile.balances.find((b) => b.asset === 'USD')) ? (
                        <WireOutLink profileId={profile.id} nickname={profile.nickname} />
                      ) : null}
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
