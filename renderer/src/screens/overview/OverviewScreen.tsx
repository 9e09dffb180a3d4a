// The desk at a glance: balances, redemptions under way, what waits in the outbox, bank
// accounts under review, and how fresh all of it is.
import { AsOf } from '../../components/AsOf';
import { RecentNotices } from '../../components/notices/RecentNotices';
import { IntentList } from '../../components/IntentList';
import { OfflineNotice } from '../../components/OfflineNotice';
import { Section } from '../../components/Section';
import { useAppStore } from '../../store/app-store';
import { useFiatAccounts, useRecentOrchestrations, useRules } from '../../store/selectors';
import { AwaitingApprovalSection } from './AwaitingApprovalSection';
import { BalancesSection } from './BalancesSection';
import { InFlightSection } from './InFlightSection';

export function OverviewScreen() {
  const info = useAppStore((s) => s.info);
  // The live label, not the one from startup: the environment can be switched in Settings.
  const environmentLabel = useAppStore((s) => s.state?.environmentLabel ?? '');
  const lastSyncAt = useAppStore((s) => s.state?.connection.lastSyncAt ?? null);
  // A request whose result Paxos already reports is shown by that result (in flight, awaiting approval).
  const syncedIds = [...useRecentOrchestrations(), ...useFiatAccounts(), ...useRules()].map((item) => item.id);
  return (
    <section className="screen" aria-labelledby="screen-title">
      <header className="screen__header">
        <h1 id="screen-title">Overview</h1>
        <span data-testid="last-sync">
          Last sync: <AsOf at={lastSyncAt} label="" />
        </span>
      </header>
      <OfflineNotice />
      <BalancesSection />
      <InFlightSection />
      <Section title="Requests not yet confirmed by Paxos" testId="queued">
        <IntentList label="Requests not yet confirmed by Paxos" emptyText="Nothing is waiting to be sent." syncedIds={syncedIds} />
      </Section>
      <AwaitingApprovalSection />
      <RecentNotices />
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
