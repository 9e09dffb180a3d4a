// Balances per profile and asset, every digit shown (no rounding), with when they were read.
import { Money } from '../../components/Money';
import { Section } from '../../components/Section';
import { useAppStore } from '../../store/app-store';

export function BalancesSection() {
  const profiles = useAppStore((s) => s.state?.profiles);
  if (!profiles) return null;
  const rows = profiles.items.flatMap((p) => p.balances.map((b) => ({ profile: p, balance: b })));
  return (
    <Section title="Balances" asOf={profiles.asOf} testId="balances">
      {rows.length === 0 ? (
        <p className="muted">No balances yet.</p>
      ) : (
        <table className="table" aria-label="Balances">
          <thead>
            <tr>
              <th scope="col">Profile</th>
              <th scope="col">Asset</th>
              <th scope="col" className="num">
                Available
              </th>
              <th scope="col" className="num">
                Trading
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ profile, balance }) => (
              <tr key={`${profile.id}:${balance.asset}`} data-testid="balance-row" data-profile-id={profile.id} data-asset={balance.asset}>
                <td>{profile.nickname}</td>
                <td>{balance.asset}</td>
                <td className="num">
                  <Money value={balance.available} asset={balance.asset} />
                </td>
                <td className="num">
                  <Money value={balance.trading} asset={balance.asset} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
