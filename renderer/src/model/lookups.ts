// Names for ids, from the cached lists: a row says "Operating (…4512)", not a UUID. An id the
// cache does not know (deleted, or not synced yet) is shown shortened rather than hidden.
import type { FiatAccountView, ProfileView, RuleView } from '../../../shared/views';

export function shortId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 8)}…` : id;
}

export function fiatAccountName(accounts: readonly FiatAccountView[], id: string | undefined): string {
  if (!id) return '—';
  const account = accounts.find((a) => a.id === id);
  return account ? `${account.label} (${account.accountNumberMasked})` : `Bank account ${shortId(id)}`;
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
