// What the operator hears when a redemption (one they made, or one an auto-redeem rule made)
// completes, fails or is rejected at Paxos, in words that name it: amount, coin, bank account
// and rule. Other kinds of orchestration are worded by movement-notice.ts.
import { formatAmount, isDecimalString } from '../../../../shared/money';
import type { Settings } from '../../../../shared/settings';
import { destinationText } from '../../activity/activity-labels';
import type { StatusTransition } from '../../sync/change-detector';
import type { Notice, NoticeLabels } from '../path-notice';

type OrchestrationRecord = Record<string, unknown> & {
  fail_reason?: { detail?: string };
  source_amount?: string;
  source_asset?: string;
  destination_amount?: string;
  orchestration_rule_id?: string;
  destination?: { fiat?: { bank_account_id?: string; fiat_account_id?: string } };
};

const usd = (amount: string) => `$${formatAmount(amount)}`;

export function redemptionNotice(
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
  const reason = r.fail_reason?.detail ? ` Reason: ${r.fail_reason.detail}` : '';
  const status = t.to.toUpperCase();
  if (status === 'COMPLETED' && settings.notifications.redemptionCompleted) {
    const wired =
      r.destination_amount && isDecimalString(r.destination_amount) ? r.destination_amount : amount;
    return {
      ledgerKeys: [`orchestration:${t.id}:COMPLETED`],
      kind: 'completed',
      subject: 'wire',
      ...(wired ? { usd: wired } : {}),
      title: wired ? `Wire completed: ${usd(wired)} to ${to}` : `Wire completed to ${to}`,
      body: `${coin} redeemed to USD and wired to ${to}${rule}.`,
      target,
    };
  }
  if (status === 'FAILED' && settings.notifications.redemptionFailed) {
    return {
      ledgerKeys: [`orchestration:${t.id}:FAILED`],
      kind: 'failed',
      subject: 'redemption',
      title: `Redemption failed: ${coin} to ${to}`,
      body: `${coin} was not wired to ${to}${rule}.${reason}`,
      target,
    };
  }
  if (status === 'REJECTED' && settings.notifications.redemptionFailed) {
    // Rejected at approval: nothing left the profile, nothing was wired.
    return {
      ledgerKeys: [`orchestration:${t.id}:REJECTED`],
      kind: 'rejected',
      subject: 'redemption',
      title: `Redemption rejected by Paxos: ${coin} to ${to}`,
      body: `Paxos rejected this redemption: ${coin} was not redeemed or wired to ${to}${rule}.${reason || ' Paxos gave no reason.'}`,
      target,
    };
  }
  return undefined;
}
