// Paxos objects (as cached) → the small views the renderer shows. Full account numbers and
// owner addresses stay in main; the list shows the last four digits only.
import { maskedLast4 } from '../../../shared/account-label';
import { isDecimalString } from '../../../shared/money';
import {
  ORCHESTRATION_KIND_LABELS,
  orchestrationKind,
} from '../../../shared/paxos/orchestration-kind';
import {
  orchestrationStatusMeaning,
  ruleStatusMeaning,
  ruleTakesDeposits,
} from '../../../shared/paxos/status-meanings';
import type {
  FiatAccount,
  Orchestration,
  OrchestrationRule,
  Transfer,
} from '../../../shared/paxos/responses';
import type {
  FiatAccountView,
  OrchestrationView,
  RuleView,
  TransferView,
} from '../../../shared/views';

const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T;

export function maskAccountNumber(accountNumber: string | undefined): string {
  if (!accountNumber) return '—';
  const digits = accountNumber.replace(/[^0-9A-Za-z]/g, '');
  return maskedLast4(digits.slice(-4));
}

/**
 * The owner's name, or '' when none is given. The list answer leaves the owner out, as an absent
 * key or (Paxos's own example) as `{ "person_details": null }`: an owner object is not a name.
 */
export function ownerNameOf(owner: FiatAccount['fiat_account_owner']): string {
  if (owner?.institution_details?.name) return owner.institution_details.name;
  const person = owner?.person_details;
  // Empty when unknown (List Fiat Accounts omits owners): never a placeholder that an edit
  // form could pre-fill and send back to Paxos as the owner's name.
  return [person?.first_name, person?.last_name].filter(Boolean).join(' ');
}

const ownerName = (account: FiatAccount): string => ownerNameOf(account.fiat_account_owner);

export function fiatAccountView(account: FiatAccount, fetchedAt: string): FiatAccountView {
  const instructions = account.fiat_network_instructions ?? {};
  const network =
    Object.keys(instructions).find((key) => instructions[key as keyof typeof instructions]) ??
    'unknown';
  const wire = instructions.wire;
  const routing = wire?.routing_details;
  const name = ownerName(account);
  const view = defined({
    id: account.id,
    refId: account.ref_id,
    status: account.status || 'UNKNOWN',
    label:
      account.metadata?.label ??
      `${routing?.bank_name ?? (name || 'Bank account')} ${maskAccountNumber(wire?.account_number)}`,
    ownerName: name,
    network,
    routingType: routing?.routing_number_type,
    routingNumber: routing?.routing_number,
    bankName: routing?.bank_name,
    accountNumberMasked: maskAccountNumber(wire?.account_number),
    createdAt: account.created_at,
    updatedAt: account.updated_at,
    fetchedAt,
  });
  return { ...view, ownerName: name };
}

export function ruleView(rule: OrchestrationRule, fetchedAt: string): RuleView {
  const status = rule.status || 'UNKNOWN';
  return defined({
    id: rule.id,
    refId: rule.ref_id,
    nickname: rule.nickname,
    profileId: rule.profile_id,
    status,
    statusLabel: ruleStatusMeaning(status.toUpperCase()).label,
    takesDeposits: ruleTakesDeposits(status.toUpperCase()),
    sourceAsset: rule.source_asset,
    destinationAsset: rule.destination_asset,
    network: rule.source?.crypto?.network?.toUpperCase(),
    depositAddress: rule.source?.crypto?.address,
    fiatAccountId:
      rule.destination?.fiat?.fiat_account_id ?? rule.destination?.fiat?.bank_account_id,
    memo: rule.destination?.fiat?.memo,
    ...convertHoldView(rule, ruleTakesDeposits(status.toUpperCase())),
    createdAt: rule.created_at,
    fetchedAt,
  });
}

/** A Convert & Hold rule's wire facts: its memo and instructions only while it takes deposits. */
function convertHoldView(rule: OrchestrationRule, active: boolean) {
  const fiat = rule.source?.fiat;
  const keptIn = rule.destination?.profile?.profile_id;
  // Convert & Hold for crypto deposits: its address (above) converts into a profile.
  if (!fiat && rule.source?.crypto && keptIn)
    return { holdsDeposits: true, destinationProfileId: keptIn };
  if (!fiat) return {};
  return {
    convertsWires: true,
    destinationProfileId: rule.destination?.profile?.profile_id,
    ...(active
      ? { wireMemoId: fiat.memo_id, depositInstructionsId: fiat.deposit_instructions_id }
      : {}),
  };
}

/** What the wire delivered, only once Paxos says COMPLETED (see OrchestrationView.usdReceived). */
export function usdReceived(o: Orchestration): string | undefined {
  if ((o.status ?? '').toUpperCase() !== 'COMPLETED') return undefined;
  const reported = (o as { destination_amount?: unknown }).destination_amount;
  if (typeof reported === 'string' && isDecimalString(reported)) return reported;
  const toUsd = (o.destination_asset ?? 'USD').toUpperCase() === 'USD';
  return toUsd && o.source_amount && isDecimalString(o.source_amount) ? o.source_amount : undefined;
}

export function orchestrationView(o: Orchestration, fetchedAt: string): OrchestrationView {
  const status = o.status || 'UNKNOWN';
  const meaning = orchestrationStatusMeaning(status.toUpperCase());
  const kind = orchestrationKind(o);
  return defined({
    id: o.id,
    refId: o.ref_id,
    status,
    // A status no document names is shown as Paxos wrote it, never upper-cased into another.
    statusLabel: meaning.outcome === 'unknown' ? status : meaning.label,
    outcome: meaning.outcome,
    kind,
    kindLabel: ORCHESTRATION_KIND_LABELS[kind],
    sourceAsset: o.source_asset,
    destinationAsset: o.destination_asset,
    sourceAmount: o.source_amount,
    usdReceived: usdReceived(o),
    profileId: o.profile_id ?? o.source?.profile?.profile_id,
    fiatAccountId: o.destination?.fiat?.bank_account_id ?? o.destination?.fiat?.fiat_account_id,
    memo: o.destination?.fiat?.memo,
    ruleId: o.orchestration_rule_id,
    failReason: o.fail_reason?.detail,
    sourceLeg: o.source_transfer
      ? defined({ transferId: o.source_transfer.transfer_id, status: o.source_transfer.status })
      : undefined,
    destinationLeg: o.destination_transfer
      ? defined({
          transferId: o.destination_transfer.transfer_id,
          status: o.destination_transfer.status,
        })
      : undefined,
    createdAt: o.created_at,
    updatedAt: o.updated_at,
    fetchedAt,
  });
}

export function transferView(t: Transfer): TransferView {
  return defined({
    id: t.id,
    type: t.type || 'UNKNOWN',
    status: t.status || 'UNKNOWN',
    direction: t.direction,
    asset: t.asset,
    amount: t.amount,
    fee: t.fee,
    total: t.total,
    memo: t.memo,
    createdAt: t.created_at,
    updatedAt: t.updated_at,
  });
}
