// Which status transitions the operator hears about, and in what words. Each names its item:
// "Wire completed: $250,000.00 to Operating account ••6789". Each is announced once: the ledger
// key names the record and the status it reached, and is marked before showing. When one sync
// cycle brings many (a desk back from a week offline with rules running), they coalesce into
// one summary notice instead of a storm.
import { formatAmount, isDecimalString, sumAmounts } from '../../../shared/money';
import type { Settings } from '../../../shared/settings';
import type { StatusTransition } from '../sync/change-detector';
import { destinationText, type DestinationLabel } from '../activity/activity-labels';
import type { DeskNotification } from './notifier';

/** More than this many notices from one cycle are shown as one summary. */
export const MAX_SEPARATE_NOTICES = 3;

export type NoticeKind = 'completed' | 'failed' | 'approved' | 'rejected';

export interface Notice extends DeskNotification {
  /** The ledger keys this notice announces (one; several for a summary). */
  ledgerKeys: string[];
  kind: NoticeKind;
  /** USD of a completed wire, for the summary's total. */
  usd?: string;
}

export interface NoticeLabels {
  bankAccount(id: string): DestinationLabel | undefined;
  rule(id: string): string | undefined;
}

type OrchestrationRecord = Record<string, unknown> & {
  fail_reason?: { detail?: string };
  source_amount?: string;
  source_asset?: string;
  destination_amount?: string;
  orchestration_rule_id?: string;
  destination?: { fiat?: { bank_account_id?: string; fiat_account_id?: string } };
};

const usd = (amount: string) => `$${formatAmount(amount)}`;

function orchestrationNotice(
  t: StatusTransition,
  settings: Settings,
  labels: NoticeLabels,
): Notice | undefined {
  const r = t.record as OrchestrationRecord;
  const amount = r.source_amount && isDecimalString(r.source_amount) ? r.source_amount : undefined;
  const coin = amount && r.source_asset ? formatAmount(amount, r.source_asset) : 'A redemption';
  const accountId = r.destination?.fiat?.bank_account_id ?? r.destination?.fiat?.fiat_account_id;
  const to = destinationText(accountId ? labels.bankAccount(accountId) : undefined, accountId);
  const rule = r.orchestration_rule_id
    ? ` (auto-redeem${labels.rule(r.orchestration_rule_id) ? ` "${labels.rule(r.orchestration_rule_id)}"` : ''})`
    : '';
  const target = { screen: 'activity' as const, id: t.id };
  if (t.to === 'COMPLETED' && settings.notifications.redemptionCompleted) {
    const wired =
      r.destination_amount && isDecimalString(r.destination_amount) ? r.destination_amount : amount;
    return {
      ledgerKeys: [`orchestration:${t.id}:COMPLETED`],
      kind: 'completed',
      ...(wired ? { usd: wired } : {}),
      title: wired ? `Wire completed: ${usd(wired)} to ${to}` : `Wire completed to ${to}`,
      body: `${coin} redeemed to USD and wired to ${to}${rule}.`,
      target,
    };
  }
  if (t.to === 'FAILED' && settings.notifications.redemptionFailed) {
    const reason = r.fail_reason?.detail ? ` Reason: ${r.fail_reason.detail}` : '';
    return {
      ledgerKeys: [`orchestration:${t.id}:FAILED`],
      kind: 'failed',
      title: `Redemption failed: ${coin} to ${to}`,
      body: `${coin} was not wired to ${to}${rule}.${reason}`,
      target,
    };
  }
  return undefined;
}

function fiatAccountNotice(
  t: StatusTransition,
  settings: Settings,
  labels: NoticeLabels,
): Notice | undefined {
  if (!settings.notifications.bankAccountReviewed || (t.to !== 'APPROVED' && t.to !== 'REJECTED'))
    return undefined;
  const approved = t.to === 'APPROVED';
  const name = destinationText(labels.bankAccount(t.id), t.id);
  return {
    ledgerKeys: [`fiat-account:${t.id}:${t.to}`],
    kind: approved ? 'approved' : 'rejected',
    title: approved ? `Bank account approved: ${name}` : `Bank account rejected: ${name}`,
    body: approved
      ? `Paxos approved ${name}; it can now receive redemptions.`
      : `Paxos rejected ${name}. Check its details.`,
    target: { screen: 'bank-accounts', id: t.id },
  };
}

export function noticeFor(
  transition: StatusTransition,
  settings: Settings,
  labels: NoticeLabels,
): Notice | undefined {
  if (transition.collection === 'orchestrations')
    return orchestrationNotice(transition, settings, labels);
  if (transition.collection === 'fiatAccounts')
    return fiatAccountNotice(transition, settings, labels);
  return undefined;
}

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** Up to MAX_SEPARATE_NOTICES notices as they are; more become one summary naming the counts. */
export function coalesceNotices(notices: readonly Notice[]): Notice[] {
  if (notices.length <= MAX_SEPARATE_NOTICES) return [...notices];
  const of = (kind: NoticeKind) => notices.filter((n) => n.kind === kind);
  const completed = of('completed');
  const parts = [
    completed.length
      ? `${plural(completed.length, 'wire', 'wires')} completed (${usd(sumAmounts(completed.flatMap((n) => (n.usd ? [n.usd] : []))))})`
      : '',
    of('failed').length ? `${plural(of('failed').length, 'redemption', 'redemptions')} failed` : '',
    of('approved').length
      ? `${plural(of('approved').length, 'bank account', 'bank accounts')} approved`
      : '',
    of('rejected').length
      ? `${plural(of('rejected').length, 'bank account', 'bank accounts')} rejected`
      : '',
  ].filter(Boolean);
  const onlyAccounts = notices.every((n) => n.kind === 'approved' || n.kind === 'rejected');
  return [
    {
      ledgerKeys: notices.flatMap((n) => n.ledgerKeys),
      kind: of('failed').length ? 'failed' : 'completed',
      title: `${plural(notices.length, 'update', 'updates')} from Paxos`,
      body: `${parts.join(', ')}. Open Treasury Desk for the details.`,
      // No single item: the click opens the list itself.
      target: { screen: onlyAccounts ? 'bank-accounts' : 'activity', id: '' },
    },
  ];
}
