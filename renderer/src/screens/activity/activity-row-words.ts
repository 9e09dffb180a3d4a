// The words of one Activity row, shared by the row's cells and its accessible name, from the
// view and the cached lists (bank accounts, rules, profiles).
import { labelAt } from '../../../../shared/account-label';
import type { FiatAccountView, ProfileView, RuleView } from '../../../../shared/views';
import type { OrchestrationView } from '../../../../shared/views';
import { formatAmountSafe } from '../../format/amount';
import { labelFor } from '../../format/labels';
import { formatShortDateTime } from '../../format/time';
import { formatUsd } from '../../format/usd';
import { profileName, shortId } from '../../model/lookups';
import { usdToTheCent } from '../../model/usd-received';

export interface RowWords {
  when: string;
  amount: string;
  usd: string;
  destination: string;
  last4: string;
  profile: string;
  source: string;
  status: string;
}

export interface RowLookups {
  accounts: readonly FiatAccountView[];
  rules: readonly RuleView[];
  profiles: readonly ProfileView[];
}

/** To the cent, as a wire moves it; a reported sub-cent amount is marked (the drawer says more). */
function usdCell(reported: string | undefined): string {
  if (!reported) return '—';
  const shown = usdToTheCent(reported);
  if (!shown) return formatUsd(reported);
  return shown.note ? `${shown.text} (not whole cents)` : shown.text;
}

export function rowWords(
  row: OrchestrationView,
  { accounts, rules, profiles }: RowLookups,
): RowWords {
  const account = row.fiatAccountId ? accounts.find((a) => a.id === row.fiatAccountId) : undefined;
  const rule = row.ruleId ? rules.find((r) => r.id === row.ruleId) : undefined;
  return {
    when: formatShortDateTime(row.createdAt),
    amount: formatAmountSafe(row.sourceAmount, row.sourceAsset),
    usd: usdCell(row.usdReceived),
    // The label the account had when this redemption was created: a rename keeps past wires' labels.
    destination: account
      ? labelAt(account, row.createdAt)
      : row.fiatAccountId
        ? `Bank account ${shortId(row.fiatAccountId)}`
        : '—',
    last4: account ? account.accountNumberMasked.replace(/[^0-9A-Za-z]/g, '').slice(-4) : '',
    profile: row.profileId ? profileName(profiles, row.profileId) : '—',
    source: row.ruleId ? (rule?.nickname ?? `Rule ${shortId(row.ruleId)}`) : 'Ad hoc',
    status: labelFor('orchestration-status', row.status),
  };
}
