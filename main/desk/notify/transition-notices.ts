// Which status transitions the operator hears about, and in what words. Each is announced once:
// the ledger key names the record and the status it reached, and is marked before showing.
import { formatAmount } from '../../../shared/money';
import type { Settings } from '../../../shared/settings';
import type { StatusTransition } from '../sync/change-detector';
import type { DeskNotification } from './notifier';

export interface Notice extends DeskNotification {
  ledgerKey: string;
}

function orchestrationNotice(t: StatusTransition, settings: Settings): Notice | undefined {
  const r = t.record as Record<string, unknown> & { fail_reason?: { detail?: string }; source_amount?: string; source_asset?: string };
  const amount = r.source_amount && r.source_asset ? formatAmount(r.source_amount, r.source_asset) : 'A redemption';
  const target = { screen: 'activity' as const, id: t.id };
  const ruleNote = r.orchestration_rule_id ? ' (auto-redeem)' : '';
  if (t.to === 'COMPLETED' && settings.notifications.redemptionCompleted) {
    return { ledgerKey: `orchestration:${t.id}:COMPLETED`, title: 'Wire completed', body: `${amount} redeemed to USD and wired${ruleNote}.`, target };
  }
  if (t.to === 'FAILED' && settings.notifications.redemptionFailed) {
    const reason = r.fail_reason?.detail ? ` Reason: ${r.fail_reason.detail}` : '';
    return { ledgerKey: `orchestration:${t.id}:FAILED`, title: 'Redemption failed', body: `${amount} was not wired${ruleNote}.${reason}`, target };
  }
  return undefined;
}

function fiatAccountNotice(t: StatusTransition, settings: Settings): Notice | undefined {
  if (!settings.notifications.bankAccountReviewed || (t.to !== 'APPROVED' && t.to !== 'REJECTED')) return undefined;
  const target = { screen: 'bank-accounts' as const, id: t.id };
  const approved = t.to === 'APPROVED';
  return {
    ledgerKey: `fiat-account:${t.id}:${t.to}`,
    title: approved ? 'Bank account approved' : 'Bank account rejected',
    body: approved ? 'Paxos approved the bank account; it can now receive redemptions.' : 'Paxos rejected the bank account. Check its details.',
    target,
  };
}

export function noticeFor(transition: StatusTransition, settings: Settings): Notice | undefined {
  if (transition.collection === 'orchestrations') return orchestrationNotice(transition, settings);
  if (transition.collection === 'fiatAccounts') return fiatAccountNotice(transition, settings);
  return undefined;
}
