// The desk at a glance: totals per asset and in USD, the two things an operator comes to do
// (Redeem, Add bank account), balances, redemptions under way, what waits in the outbox, bank
// accounts under review, and how fresh all of it is. Sections with nothing in them fold into
// one line instead of showing empty cards.
import { AsOf } from '../../components/AsOf';
import { RecentNotices } from '../../components/notices/RecentNotices';
import { IntentList, useOpenIntents } from '../../components/IntentList';
import { OfflineNotice } from '../../components/OfflineNotice';
import { Section } from '../../components/Section';
import { useAppStore } from '../../store/app-store';
import { useDraft } from '../../store/draft-store';
import { useNavigation } from '../../store/navigation-store';
import { useFiatAccounts, useRecentOrchestrations, useRules } from '../../store/selectors';
import { AwaitingApprovalSection } from './AwaitingApprovalSection';
import { BalancesSection } from './BalancesSection';
import { InFlightSection } from './InFlightSection';
import { PositionSection } from './PositionSection';
import { TotalsCards } from './TotalsCards';

export function OverviewScreen() {
  const info = useAppStore((s) => s.info);
  // The live label, not the one from startup: the environment can be switched in Settings.
  const environmentLabel = useAppStore((s) => s.state?.environmentLabel ?? '');
  const lastSyncAt = useAppStore((s) => s.state?.connection.lastSyncAt ?? null);
  const go = useNavigation((s) => s.go);
  const recent = useRecentOrchestrations();
  const accounts = useFiatAccounts();
  // A request whose result Paxos already reports is shown by that result (in flight, awaiting approval).
  const syncedIds = [...recent, ...accounts, ...useRules()].map((item) => item.id);
  const queued = useOpenIntents(undefined, syncedIds);
  const pendingAccounts = accounts.filter((a) => a.status.toUpperCase() === 'PENDING');
  const folded = [
    recent.length === 0 ? 'no redemptions in the last 24 hours' : '',
    queued.length === 0 ? 'no requests waiting to be sent' : '',
    pendingAccounts.length === 0 ? 'no bank accounts awaiting approval' : '',
  ].filter(Boolean);
  // Bank accounts keeps its mode (list / add / edit) in this draft: Add opens it on the form.
  const [, setBankAccountsView] = useDraft<Record<string, unknown>>('bank-accounts.view', () => ({
    mode: 'list',
    selectedId: null,
  }));
  const addAccount = () => {
    setBankAccountsView((view) => ({ ...view, mode: 'add' }));
    go('bank-accounts');
  };
  return (
    <section className="screen screen--wide" aria-labelledby="screen-title">
      <header className="screen__header">
        <h1 id="screen-title">Overview</h1>
        <span data-testid="last-sync">
          Last sync: <AsOf at={lastSyncAt} label="" />
        </span>
        <span className="section__spacer" />
        <div className="overview-actions">
          <button type="button" className="button--primary" onClick={() => go('redeem')}>
            Redeem to USD
          </button>
          <button type="button" onClick={addAccount}>
            Add bank account
          </button>
        </div>
      </header>
      <OfflineNotice />
      <TotalsCards />
      <div className="overview-grid">
        <div className="overview-grid__main">
          <PositionSection />
          <BalancesSection />
          {recent.length > 0 ? <InFlightSection /> : null}
          {queued.length > 0 ? (
            <Section title="Requests not yet confirmed by Paxos" testId="queued">
              <IntentList label="Requests not yet confirmed by Paxos" syncedIds={syncedIds} />
            </Section>
          ) : null}
          {folded.length > 0 ? (
            <p className="overview-folded muted" data-testid="overview-folded">
              Nothing else needs a look: {folded.join(' · ')}.
            </p>
          ) : null}
        </div>
        <div className="overview-grid__side" data-testid="overview-side">
          {pendingAccounts.length > 0 ? <AwaitingApprovalSection /> : null}
          <RecentNotices />
        </div>
      </div>
      {info ? (
        <dl className="facts facts--footer" aria-label="About this app">
          <dt>Application</dt>
          <dd data-testid="app-name">{info.name}</dd>
          <dt>Version</dt>
          <dd data-testid="app-version">{info.version}</dd>
          <dt>Environment</dt>
          <dd data-testid="app-environment">{environmentLabel}</dd>
        </dl>
      ) : null}
    </section>
  );
}
