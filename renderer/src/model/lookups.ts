// Names for ids, from the cached lists: a row says "Operating (…4512)", not a UUID. An id the
// cache does not know (deleted, or not synced yet) is shown shortened rather than hidden.
import { labelAt } from '../../../shared/account-label';
import type { FiatAccountView, ProfileView, RuleView } from '../../../shared/views';

export function shortId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 8)}…` : id;
}

/**
 * "Operating (••••6789)". With `at` (when a wire was created), the label the account had then:
 * labels are local and a rename never rewrites a past wire — "Payroll (now: Operating), ••••6789".
 */
export function fiatAccountName(
  accounts: readonly FiatAccountView[],
  id: string | undefined,
  at?: string,
): string {
  if (!id) return '—';
  const account = accounts.find((a) => a.id === id);
  if (!account) return `Bank account ${shortId(id)}`;
  const then = labelAt(account, at);
  return then === account.label
    ? `${then} (${account.accountNumberMasked})`
    : `${then} (now: ${account.label}), ${account.accountNumberMasked}`;
}

export function ruleName(rules: readonly RuleView[], id: string | undefined): string {
  if (!id) return 'Ad hoc';
  const rule = rules.find((r) => r.id === id);
  return rule?.nickname ? `Rule: ${rule.nickname}` : `Rule ${shortId(id)}`;
}

export function profileName(profiles: readonly ProfileView[], id: string | undefined): string {
  if (!id) return '—';
  return profiles.find((p) => p.id === id)?.nickname ?? `Profile ${shortId(id)}`;
}
