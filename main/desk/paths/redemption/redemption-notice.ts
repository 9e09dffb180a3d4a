// What the operator hears when a redemption (one they made, or one an auto-redeem rule made)
// completes or fails at Paxos, in words that name it: amount, coin, bank account and rule.
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
