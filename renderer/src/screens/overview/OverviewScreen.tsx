// The desk at a glance, attention first: what needs the operator (failed and rejected
// redemptions, requests waiting for a confirmation or queued and not sent, records to look at),
// each with its action, above everything else and above the fold at 1024×700. Then the totals
// (stablecoins and USD cash apart), redemptions in flight, those completed in the last day,
// balances, and bank accounts under review. Sections with nothing in them fold into one line.
// The money actions are offered only where this environment can act (money-actions.ts).
import { AsOf } from '../../components/AsOf';
import { RecentNotices } from '../../components/notices/RecentNotices';
import { OfflineNotice } from '../../components/OfflineNotice';
import { Section } from '../../components/Section';
import { IntentRow } from '../../components/IntentRow';
import { availability } from '../../model/money-actions';
import { attentionItems, intentsInFlight } from '../../model/overview-attention';
import { useAppStore } from '../../store/app-store';
import {
  useFiatAccounts,
  useOutbox,
  useRecentOrchestrations,
  useRules,
} from '../../store/selectors';
import { AttentionSection } from './AttentionSection';
import { AwaitingApprovalSection } from './AwaitingApprovalSection';
import { BalancesSection } from './BalancesSection';
import {
  CompletedSection,
  completedRedemptions,
  InFlightSection,
  inFlightRedemptions,
} from './InFlightSection';
import { OverviewActions } from './OverviewActions';
import { PositionSection } from './PositionSection';
import { TotalsCards } from './TotalsCards';

const NO_LOOKS: never[] = [];

export function OverviewScreen() {
  const info = useAppStore((s) => s.info);
  const state = useAppStore((s) => s.state);
  // The live label, not the one from startup: the environment can be switched in Settings.
  const environmentLabel = state?.environmentLabel ?? '';
  const lastSyncAt = state?.connection.lastSyncAt ?? null;
  const needsALook = useAppStore((s) => s.state?.needsALook ?? NO_LOOKS);
  const recent = useRecentOrchestrations();
  const accounts = useFiatAccounts();
  const outbox = useOutbox();
  // A request whose result Paxos already reports is shown by that result (in flight, awaiting approval).
  const syncedIds = [...recent, ...accounts, ...useRules()].map((item) => item.id);
  const attention = attentionItems({ recent, intents: outbox, needsALook, syncedIds });
  const sending = intentsInFlight(outbox, syncedIds);
  const redeem = availability(state, 'redeem');
  const pendingAccounts = accounts.filter((a) => a.status.toUpperCase() === 'PENDING');
  const folded = [
    inFlightRedemptions(recent).length === 0 ? 'no redemptions in flight' : '',
    completedRedemptions(recent).length === 0 ? 'none completed in the last 24 hours' : '',
    pendingAccounts.length === 0 ? 'no bank accounts awaiting approval' : '',
  ].filter(Boolean);
  return (
    <section className="screen screen--wide" aria-labelledby="screen-title">
      <header className="screen__header">
        <h1 id="screen-title">Overview</h1>
        <span data-testid="last-sync">
          Last sync: <AsOf at={lastSyncAt} label="" />
        </span>
        <span className="section__spacer" />
        <OverviewActions />
      </header>
      <OfflineNotice />
      {attention.length === 0 ? (
        <p className="overview-folded muted" data-testid="attention-none">
          Nothing needs your attention: no failed, rejected or queued redemptions.
        </p>
      ) : (
        <AttentionSection items={attention} redeem={redeem} />
      )}
      <TotalsCards />
      <div className="overview-grid">
        <div className="overview-grid__main">
          <PositionSection />
          <InFlightSection />
          {sending.length > 0 ? (
            <Section title="Requests on their way to Paxos" testId="queued">
              <ul className="intent-list" aria-label="Requests on their way to Paxos">
                {sending.map((intent) => (
                  <IntentRow key={intent.id} intent={intent} />
                ))}
              </ul>
            </Section>
          ) : null}
          <CompletedSection />
          <BalancesSection />
          {folded.length > 0 ? (
            <p className="overview-folded muted" data-testid="overview-folded">
              Also: {folded.join(' · ')}.
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
