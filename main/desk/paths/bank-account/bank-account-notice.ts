// What the operator hears when Paxos approves or rejects a bank account.
import type { Settings } from '../../../../shared/settings';
import { destinationText } from '../../activity/activity-labels';
import type { StatusTransition } from '../../sync/change-detector';
import type { Notice, NoticeLabels } from '../path-notice';

export function bankAccountNotice(
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
    subject: 'bank account',
    title: approved ? `Bank account approved: ${name}` : `Bank account rejected: ${name}`,
    body: approved
      ? `Paxos approved ${name}; it can now receive redemptions.`
      : `Paxos rejected ${name}. Check its details.`,
    target: { screen: 'bank-accounts', id: t.id },
  };
}
