// Names for ids as the operator sees them now: a bank account's label (the local one when it was
// renamed here, else Paxos's) and a rule's nickname. The same names the published state shows
// (its fiatAccounts and rules lists), read from the desk's own stores when a request needs them.
import type { CacheStore } from './store/cache/cache-store';
import type { LocalLabels } from './bank-accounts/local-labels';
import { withLocalLabel } from './desk-projection';
import { fiatAccountView, ruleView } from './views/to-views';

export interface ShownLabels {
  bankAccount(id: string): string | undefined;
  rule(id: string): string | undefined;
}

export async function shownLabels(
  cache: Pick<CacheStore, 'list'>,
  localLabels: Pick<LocalLabels, 'current' | 'labelAt' | 'history'>,
): Promise<ShownLabels> {
  const [accounts, rules] = await Promise.all([cache.list('fiatAccounts'), cache.list('rules')]);
  const accountViews = accounts.map(({ record, fetchedAt }) =>
    withLocalLabel(fiatAccountView(record, fetchedAt), localLabels),
  );
  const ruleViews = rules.map(({ record, fetchedAt }) => ruleView(record, fetchedAt));
  return {
    bankAccount: (id) => accountViews.find((a) => a.id === id)?.label,
    rule: (id) => ruleViews.find((r) => r.id === id)?.nickname,
  };
}
