// What the operator hears when Paxos decides on an auto-redeem rule (2026: a rule can wait
// PENDING for approval): PENDING → ACTIVE "the rule is active" (its address may now be given
// out), → REJECTED "rejected by Paxos" with why when Paxos says. Announced once per rule and
// status (the ledger key), always: a rule's deposit address is money's way in, so whether it
// converts deposits is never left unsaid.
import { networkName } from '../../../../shared/network-names';
import type { Settings } from '../../../../shared/settings';
import type { StatusTransition } from '../../sync/change-detector';
import type { Notice, NoticeLabels } from '../path-notice';

type RuleRecord = Record<string, unknown> & {
  nickname?: string;
  source_asset?: string;
  destination_asset?: string;
  source?: { fiat?: { memo_id?: string }; crypto?: { network?: string } };
  destination?: { profile?: unknown };
  fail_reason?: { detail?: string };
};

/** Why Paxos rejected it, if it said (the 2026 rule object has no documented reason field). */
function reasonOf(r: RuleRecord): string | undefined {
  const detail = r.fail_reason?.detail;
  return typeof detail === 'string' && detail ? detail : undefined;
}

export function ruleNotice(
  t: StatusTransition,
  _settings: Settings,
  labels: NoticeLabels,
): Notice | undefined {
  const r = t.record as RuleRecord;
  const hold = r.source?.fiat !== undefined;
  const name = labels.rule(t.id) ?? r.nickname ?? `${r.source_asset ?? 'auto-redeem'} rule`;
  if (hold) return convertHoldNotice(t, name, r);
  if (r.source?.crypto !== undefined && r.destination?.profile !== undefined)
    return cryptoHoldNotice(t, name, r);
  const target = { screen: 'auto-redeem' as const, id: t.id };
  const status = t.to.toUpperCase();
  // Only a decision seen happening: a rule first seen already ACTIVE was never pending here.
  if (status === 'ACTIVE' && t.from?.toUpperCase() === 'PENDING')
    return {
      ledgerKeys: [`rule:${t.id}:ACTIVE`],
      kind: 'approved',
      subject: 'rule',
      title: `Auto-redeem rule is active: ${name}`,
      body: `Paxos approved "${name}": deposits to its address are now converted. Its address can be shared.`,
      target,
    };
  if (status === 'REJECTED' && t.from !== undefined) {
    const reason = reasonOf(r);
    return {
      ledgerKeys: [`rule:${t.id}:REJECTED`],
      kind: 'rejected',
      subject: 'rule',
      title: `Auto-redeem rule rejected by Paxos: ${name}`,
      body: `Paxos rejected "${name}": deposits to its address are not converted; do not send funds to it.${reason ? ` Reason: ${reason}` : ' Paxos gave no reason.'}`,
      target,
    };
  }
  return undefined;
}

/**
 * A Convert & Hold rule decided: ACTIVE means its memo and bank instructions may now be given to
 * the sending bank (they are shown from then on); REJECTED means wires quoting it stay USD.
 */
function convertHoldNotice(t: StatusTransition, name: string, r: RuleRecord): Notice | undefined {
  const target = { screen: 'auto-redeem' as const, id: t.id };
  const status = t.to.toUpperCase();
  const coin = r.destination_asset ?? 'a stablecoin';
  if (status === 'ACTIVE' && t.from?.toUpperCase() === 'PENDING')
    return {
      ledgerKeys: [`rule:${t.id}:ACTIVE`],
      kind: 'approved',
      subject: 'rule',
      title: `Convert & Hold rule is active: ${name}`,
      body: `Paxos approved "${name}": USD wires quoting memo ${r.source?.fiat?.memo_id ?? '(see the rule)'} are now converted to ${coin}. Its wire instructions can be given to your bank.`,
      target,
    };
  if (status === 'REJECTED' && t.from !== undefined)
    return {
      ledgerKeys: [`rule:${t.id}:REJECTED`],
      kind: 'rejected',
      subject: 'rule',
      title: `Convert & Hold rule rejected by Paxos: ${name}`,
      body: `Paxos rejected "${name}": wires quoting its memo are not converted to ${coin}; do not give its instructions out.${reasonOf(r) ? ` Reason: ${reasonOf(r)}` : ' Paxos gave no reason.'}`,
      target,
    };
  return undefined;
}

/**
 * A Convert & Hold rule for crypto deposits decided: ACTIVE means its address may now be given
 * out (deposits of the coin on its network are converted and kept); REJECTED means they are not.
 */
function cryptoHoldNotice(t: StatusTransition, name: string, r: RuleRecord): Notice | undefined {
  const target = { screen: 'auto-redeem' as const, id: t.id };
  const status = t.to.toUpperCase();
  const coin = r.destination_asset ?? 'another stablecoin';
  const deposits = `${r.source_asset ?? 'Stablecoin'} deposits on ${networkName(r.source?.crypto?.network ?? '?')}`;
  if (status === 'ACTIVE' && t.from?.toUpperCase() === 'PENDING')
    return {
      ledgerKeys: [`rule:${t.id}:ACTIVE`],
      kind: 'approved',
      subject: 'rule',
      title: `Convert & Hold rule is active: ${name}`,
      body: `Paxos approved "${name}": ${deposits} to its address are now converted to ${coin} and kept in the profile. Its address can be shared.`,
      target,
    };
  if (status === 'REJECTED' && t.from !== undefined)
    return {
      ledgerKeys: [`rule:${t.id}:REJECTED`],
      kind: 'rejected',
      subject: 'rule',
      title: `Convert & Hold rule rejected by Paxos: ${name}`,
      body: `Paxos rejected "${name}": ${deposits} to its address are not converted to ${coin}; do not send funds to it.${reasonOf(r) ? ` Reason: ${reasonOf(r)}` : ' Paxos gave no reason.'}`,
      target,
    };
  return undefined;
}
