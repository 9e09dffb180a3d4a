// What the operator hears when an orchestration that is not a redemption to a bank completes,
// fails or is rejected: a conversion, a mint, a redemption kept as USD cash, a send to an
// address, made by the desk or elsewhere on the account. Named by what it does (its kind), so a
// USDC → USDG conversion is never announced as "Wire completed".
import { formatAmount, isDecimalString } from '../../../../shared/money';
import {
  ORCHESTRATION_KIND_LABELS,
  type OrchestrationKind,
} from '../../../../shared/paxos/orchestration-kind';
import type { Settings } from '../../../../shared/settings';
import type { StatusTransition } from '../../sync/change-detector';
import type { Notice, NoticeLabels } from '../path-notice';

type MovementRecord = Record<string, unknown> & {
  fail_reason?: { detail?: string };
  source_amount?: string;
  source_asset?: string;
  destination_asset?: string;
  destination_amount?: string;
  orchestration_rule_id?: string;
};

/** The noun the summary counts ("2 conversions completed"). */
const SUBJECTS: Record<Exclude<OrchestrationKind, 'redemption'>, string> = {
  redeem_to_cash: 'redemption to cash',
  mint: 'mint',
  conversion: 'conversion',
  send_to_address: 'send',
  other: 'movement',
};

/** "100.00 USDC → USDG", as far as the record says. */
function what(r: MovementRecord): string {
  const amount = r.source_amount && isDecimalString(r.source_amount) ? r.source_amount : undefined;
  const from = amount && r.source_asset ? formatAmount(amount, r.source_asset) : r.source_asset;
  const to = r.destination_asset ? ` → ${r.destination_asset}` : '';
  return from ? `${from}${to}` : 'no amount given';
}

export function movementNotice(
  t: StatusTransition,
  kind: Exclude<OrchestrationKind, 'redemption'>,
  settings: Settings,
  labels?: NoticeLabels,
): Notice | undefined {
  const r = t.record as MovementRecord;
  // Made by a rule (a Convert & Hold wire, say): named, so the operator knows which rule acted.
  const ruleId = r.orchestration_rule_id;
  const byRule = ruleId ? ` (by rule "${labels?.rule(ruleId) ?? ruleId}")` : '';
  const label = ORCHESTRATION_KIND_LABELS[kind];
  const subject = SUBJECTS[kind];
  const target = { screen: 'activity' as const, id: t.id };
  const reason = r.fail_reason?.detail ? ` Reason: ${r.fail_reason.detail}` : '';
  const status = t.to.toUpperCase();
  const key = `orchestration:${t.id}:${status}`;
  if (status === 'COMPLETED' && settings.notifications.redemptionCompleted)
    return {
      ledgerKeys: [key],
      kind: 'completed',
      subject,
      title: `${label} completed: ${what(r)}`,
      body: `Paxos completed this ${label.toLowerCase()}${byRule}: ${what(r)}.`,
      target,
    };
  if (status === 'FAILED' && settings.notifications.redemptionFailed)
    return {
      ledgerKeys: [key],
      kind: 'failed',
      subject,
      title: `${label} failed: ${what(r)}`,
      body: `This ${label.toLowerCase()}${byRule} did not complete: ${what(r)}.${reason}`,
      target,
    };
  if (status === 'REJECTED' && settings.notifications.redemptionFailed)
    return {
      ledgerKeys: [key],
      kind: 'rejected',
      subject,
      title: `${label} rejected by Paxos: ${what(r)}`,
      body: `Paxos rejected this ${label.toLowerCase()}; nothing moved: ${what(r)}.${reason || ' Paxos gave no reason.'}`,
      target,
    };
  return undefined;
}
