// Bank accounts Paxos is still reviewing: they cannot receive redemptions until APPROVED.
import { Section } from '../../components/Section';
import { StatusBadge } from '../../components/StatusBadge';
import { formatAsOf } from '../../format/time';
import { useAppStore } from '../../store/app-store';
import { useNavigation } from '../../store/navigation-store';

export function AwaitingApprovalSection() {
  const accounts = useAppStore((s) => s.state?.fiatAccounts);
  const go = useNavigation((s) => s.go);
  if (!accounts) return null;
  const pending = accounts.items.filter((a) => a.status.toUpperCase() === 'PENDING');
  return (
    <Section
      title={`Bank accounts awaiting approval (${pending.length})`}
      asOf={accounts.asOf}
      testId="awaiting-approval"
    >
      {pending.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul className="plain-list">
          {pending.map((a) => (
            <li key={a.id}>
              <button
                type="button"
                className="button--link"
                onClick={() => go('bank-accounts', a.id)}
              >
                {a.label} ({a.accountNumberMasked})
              </button>{' '}
              <StatusBadge status={a.status} kind="bankAccount" />{' '}
              <span className="muted">since {a.createdAt ? formatAsOf(a.createdAt) : '—'}</span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
