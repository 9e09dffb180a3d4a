// The desk's part of the app state, read from the cache and the outbox: small slices only.
// Profiles, balances, accounts and rules come from memory (the cache holds those collections
// there); recent orchestrations (in flight, or ended in the last 24 hours) are one indexed query.
import type { AppState } from '../../shared/state';
import type { BalanceView, FiatAccountView, ProfileView } from '../../shared/views';
import type { CacheStore } from './store/cache/cache-store';
import type { LocalLabels } from './bank-accounts/local-labels';
import type { IntentStore } from './store/intents/intent-store';
import { needsALook } from './needs-a-look';
import { creditedExceptions } from './paths/conversion/credited-exceptions';
import { redeemedTodayUsd } from './redeemed-today';
import { intentView } from './views/intent-view';
import { listAsOf } from './views/list-as-of';
import { fiatAccountView, orchestrationView, ruleView } from './views/to-views';

export type DeskSlices = Pick<
  AppState,
  | 'profiles'
  | 'fiatAccounts'
  | 'rules'
  | 'recentOrchestrations'
  | 'outbox'
  | 'activity'
  | 'needsALook'
  | 'redeemedTodayUsd'
  | 'storage'
  | 'incomingWires'
>;

const DAY_MS = 24 * 60 * 60 * 1000;
const OPEN_OR_RECENT_INTENT = (now: number) => (i: { state: string; updatedAt: string }) =>
  !['completed', 'failed', 'cancelled'].includes(i.state) || now - Date.parse(i.updatedAt) < DAY_MS;

/**
 * The label of a bank account as a request shows it: a request keeps the label in effect when
 * it was made (renaming later does not rewrite it); before any local label, Paxos's own.
 */
type LabelSource = Pick<LocalLabels, 'current' | 'labelAt' | 'history'>;

export function accountLabeler(paxosViews: readonly FiatAccountView[], localLabels?: LabelSource) {
  return (id: string, at?: string): string | undefined =>
    (at ? localLabels?.labelAt(id, at) : localLabels?.current(id)) ??
    paxosViews.find((a) => a.id === id)?.label;
}

/**
 * The account as the desk shows it: its local label, and the history of its labels (Paxos's own
 * first) when it was renamed here, so Activity can name each past wire as it was named then.
 */
export function withLocalLabel(view: FiatAccountView, localLabels?: LabelSource): FiatAccountView {
  const history = localLabels?.history(view.id) ?? [];
  if (history.length === 0) return { ...view, label: localLabels?.current(view.id) ?? view.label };
  return {
    ...view,
    label: history.at(-1)!.label,
    labelHistory: [{ label: view.label }, ...history],
  };
}

export async function projectDesk(
  cache: CacheStore,
  intents: IntentStore,
  now: Date,
  activityRevision: number,
  localLabels?: LabelSource,
): Promise<DeskSlices> {
  const [profiles, balances, accounts, rules] = await Promise.all([
    cache.list('profiles'),
    cache.list('balances'),
    cache.list('fiatAccounts'),
    cache.list('rules'),
  ]);
  const balancesByProfile = new Map<string, BalanceView[]>();
  for (const { record } of balances ?? []) {
    const list = balancesByProfile.get(String(record.profile_id)) ?? [];
    list.push({
      asset: String(record.asset),
      available: String(record.available ?? '0'),
      trading: String(record.trading ?? '0'),
    });
    balancesByProfile.set(String(record.profile_id), list);
  }
  const profileViews: ProfileView[] = (profiles ?? []).map(({ record, fetchedAt }) => ({
    id: record.id,
    nickname: String(record.nickname ?? record.id),
    type: String(record.type ?? ''),
    balances: (balancesByProfile.get(record.id) ?? []).sort((a, b) =>
      a.asset.localeCompare(b.asset),
    ),
    fetchedAt,
  }));
  profileViews.sort((a, b) =>
    a.type === 'DEFAULT' ? -1 : b.type === 'DEFAULT' ? 1 : a.nickname.localeCompare(b.nickname),
  );
  // Paxos's label (from metadata) is kept for requests made before a local rename.
  const paxosViews = (accounts ?? []).map(({ record, fetchedAt }) =>
    fiatAccountView(record, fetchedAt),
  );
  const accountViews = paxosViews.map((view) => withLocalLabel(view, localLabels));
  const ruleViews = (rules ?? []).map(({ record, fetchedAt }) => ruleView(record, fetchedAt));
  const since = new Date(now.getTime() - DAY_MS).toISOString();
  const recent = await cache.query(
    'orchestrations',
    { inFlightOrChangedSince: since },
    { limit: 200 },
  );
  const recentViews = recent.items.map(({ record, fetchedAt }) =>
    orchestrationView(record, fetchedAt),
  );
  const labels = {
    bankAccount: accountLabeler(paxosViews, localLabels),
    rule: (id: string) => ruleViews.find((r) => r.id === id)?.nickname,
    profile: (id: string) => profileViews.find((p) => p.id === id)?.nickname,
  };
  const allIntents = intents.current(now);
  return {
    profiles: { items: profileViews, asOf: listAsOf(cache.asOf('profiles'), profileViews) },
    fiatAccounts: { items: accountViews, asOf: listAsOf(cache.asOf('fiatAccounts'), accountViews) },
    rules: { items: ruleViews, asOf: listAsOf(cache.asOf('rules'), ruleViews) },
    recentOrchestrations: {
      items: recentViews,
      asOf: listAsOf(cache.asOf('orchestrations'), recentViews),
    },
    outbox: {
      items: allIntents
        .filter(OPEN_OR_RECENT_INTENT(now.getTime()))
        .reverse()
        .map((i) => intentView(i, labels)),
    },
    activity: { total: cache.count('orchestrations'), revision: activityRevision },
    needsALook: [...creditedExceptions(allIntents), ...(await needsALook(cache, rules ?? [], now))],
    redeemedTodayUsd: await redeemedTodayUsd(cache, allIntents, now),
    storage: intents.health.view(),
  };
}
