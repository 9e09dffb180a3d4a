// The names Activity shows for the ids on a redemption (bank account label and last 4, rule
// nickname, profile nickname), so search and CSV read the same words as the list. A bank
// account is named by the label it had when the redemption was created (labels are local and
// keep their history), with today's label beside it when it differs.
import { labelAt, maskedLast4 } from '../../../shared/account-label';
import type { FiatAccountView, ProfileView, RuleView } from '../../../shared/views';

export interface DestinationLabel {
  /** The label in effect at the time asked for (the redemption's creation), else today's. */
  label: string;
  /** Today's label, when it differs from `label`. */
  labelNow?: string;
  /** The last four characters of the account number, e.g. "6789" ('' when unknown). */
  last4: string;
  bankName?: string;
  /** The account's owner (the wire's beneficiary), when the desk knows it. */
  ownerName?: string;
  /** "ABA 021000021", "SWIFT DEUTDEFF". */
  routing?: string;
}

export interface ActivityLabels {
  /** `at`: the redemption's creation time, to name the account as it was named then. */
  bankAccount(id: string, at?: string): DestinationLabel | undefined;
  rule(id: string): string | undefined;
  profile(id: string): string | undefined;
}

export const noActivityLabels: ActivityLabels = {
  bankAccount: () => undefined,
  rule: () => undefined,
  profile: () => undefined,
};

export function lastFour(masked: string | undefined): string {
  return (masked ?? '').replace(/[^0-9A-Za-z]/g, '').slice(-4);
}

export function activityLabels(views: {
  fiatAccounts: readonly FiatAccountView[];
  rules: readonly RuleView[];
  profiles: readonly ProfileView[];
}): ActivityLabels {
  const accounts = new Map(views.fiatAccounts.map((a) => [a.id, a]));
  const rules = new Map(views.rules.map((r) => [r.id, r.nickname]));
  const profiles = new Map(views.profiles.map((p) => [p.id, p.nickname]));
  return {
    bankAccount: (id, at) => {
      const account = accounts.get(id);
      if (!account) return undefined;
      const label = labelAt(account, at);
      return {
        label,
        ...(label !== account.label ? { labelNow: account.label } : {}),
        last4: lastFour(account.accountNumberMasked),
        ...(account.bankName ? { bankName: account.bankName } : {}),
        ...(account.ownerName ? { ownerName: account.ownerName } : {}),
        ...(account.routingNumber
          ? { routing: [account.routingType, account.routingNumber].filter(Boolean).join(' ') }
          : {}),
      };
    },
    rule: (id) => rules.get(id),
    profile: (id) => profiles.get(id),
  };
}

/** "Operating account ••••6789", as notices and the CSV name a destination (one mask everywhere). */
export function destinationText(
  destination: DestinationLabel | undefined,
  fallbackId?: string,
): string {
  if (!destination)
    return fallbackId ? `bank account ${fallbackId.slice(0, 8)}…` : 'a bank account';
  return destination.last4
    ? `${destination.label} ${maskedLast4(destination.last4)}`
    : destination.label;
}
