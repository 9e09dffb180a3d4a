// The operator's Activity filters as a cache filter: each maps to an indexed column, search to
// the full-text index plus exact ids. Bank account labels (and last 4), rule nicknames and
// profile nicknames are matched here on their small in-memory collections and passed on as
// ids, so renaming an account never re-indexes the history. A renamed account matches only the
// redemptions created while it had the matching label (passed on as a time span), as the list
// names them. The names
// come from the same views activityLabels (activity-labels.ts) names rows with, and the label
// history from the same shared/account-label.ts, so search and the list read the same words.
import { labelSpans } from '../../../shared/account-label';
import type { ActivityFilter } from '../../../shared/operation-inputs';
import { lastFour } from './activity-labels';
import type { FiatAccountView, ProfileView, RuleView } from '../../../shared/views';
import { MIN_SEARCH_LENGTH } from '../store/cache/orchestration-row';
import type { RecordFilter } from '../store/cache/record-query';

export const ADHOC_RULE_FILTER = 'adhoc';

export interface SearchNames {
  /** Label and masked number; `fromMs`/`beforeMs` bound the creation times the label names. */
  bankAccounts: readonly { id: string; label: string; fromMs?: number; beforeMs?: number }[];
  rules: readonly { id: string; nickname: string }[];
  /** Profile nicknames, as the list's Profile column shows them (absent: none searched). */
  profiles?: readonly { id: string; nickname: string }[];
}

/** True when the search text is too short for the index to serve: ask for more. */
export function searchTooShort(filter: ActivityFilter): boolean {
  const text = filter.text?.trim() ?? '';
  return text.length > 0 && text.length < MIN_SEARCH_LENGTH;
}

export function toRecordFilter(filter: ActivityFilter, names?: SearchNames): RecordFilter {
  const statuses = filter.statuses?.map((s) => s.toUpperCase());
  const assets = filter.assets?.map((a) => a.toUpperCase());
  // Amounts however written ("$1,500.25", "1,500.25 USDC") are read by the index's query
  // (orchestration-row.ts searchQuery); names are matched here on the whole text.
  const text = filter.text?.trim();
  const needle = text?.toLowerCase();
  return {
    ...(statuses && statuses.length > 0 ? { status: statuses } : {}),
    ...(filter.outcomes?.length ? { statusOutcomes: filter.outcomes } : {}),
    ...(filter.kinds?.length ? { kinds: filter.kinds } : {}),
    ...(filter.ruleId && filter.ruleId !== ADHOC_RULE_FILTER ? { ruleId: filter.ruleId } : {}),
    ...(filter.ruleId === ADHOC_RULE_FILTER ? { adhoc: true } : {}),
    ...(assets && assets.length > 0 ? { assets } : {}),
    ...(filter.from ? { from: new Date(filter.from).toISOString() } : {}),
    ...(filter.to ? { to: new Date(filter.to).toISOString() } : {}),
    ...(text && needle && text.length >= MIN_SEARCH_LENGTH
      ? {
          search: {
            text,
            ...bankAccountMatches(names?.bankAccounts ?? [], needle),
            ruleIds: (names?.rules ?? [])
              .filter((r) => r.nickname.toLowerCase().includes(needle))
              .map((r) => r.id),
            profileIds: (names?.profiles ?? [])
              .filter((p) => p.nickname.toLowerCase().includes(needle))
              .map((p) => p.id),
          },
        }
      : {}),
  };
}

function bankAccountMatches(accounts: SearchNames['bankAccounts'], needle: string) {
  const matched = accounts.filter((b) => b.label.toLowerCase().includes(needle));
  const whole = matched.filter((b) => b.fromMs === undefined && b.beforeMs === undefined);
  const spans = matched.filter((b) => b.fromMs !== undefined || b.beforeMs !== undefined);
  return {
    bankAccountIds: whole.map((b) => b.id),
    ...(spans.length > 0
      ? { bankAccountSpans: spans.map(({ id, fromMs, beforeMs }) => ({ id, fromMs, beforeMs })) }
      : {}),
  };
}

/**
 * Labels (which include the last 4) and nicknames: of the accounts as the desk shows them
 * (local labels and their history) and of the rules, the views the list is named from.
 */
export function searchNames(views: {
  fiatAccounts: readonly FiatAccountView[];
  rules: readonly RuleView[];
  profiles?: readonly ProfileView[];
}): SearchNames {
  return {
    bankAccounts: views.fiatAccounts.flatMap((view) =>
      labelSpans(view).map((span) => ({
        ...span,
        id: view.id,
        // As the list's row reads it ("Operating account ••6789"), and with the number as masked.
        label: `${span.label} ••${lastFour(view.accountNumberMasked)} ${view.accountNumberMasked ?? ''}`,
      })),
    ),
    rules: views.rules.flatMap((rule) =>
      rule.nickname ? [{ id: rule.id, nickname: rule.nickname }] : [],
    ),
    profiles: (views.profiles ?? []).map((p) => ({ id: p.id, nickname: p.nickname })),
  };
}
