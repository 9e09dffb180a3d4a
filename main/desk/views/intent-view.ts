// Outbox intents as the operator sees them: one line saying what will happen, its state, and
// — when it waits for the operator — why, in words.
import { expectedCredit } from '../../../shared/conversion';
import { networkName } from '../../../shared/network-names';
import { formatAmount, isDecimalString } from '../../../shared/money';
import type { IntentView } from '../../../shared/views';
import type { Intent } from '../store/intents/intent';
import { mayHaveBeenSent } from '../store/intents/intent-state-machine';

const attentionText: Record<string, string> = {
  expired:
    'It waited longer than the queued-request expiry. Check it and confirm again to send it.',
  balance_changed:
    'The available balance is now lower than this amount. Check it and confirm again.',
  below_minimum_wire:
    'This amount would wire less than one cent ($0.00). Cancel it and redeem at least 0.01.',
  not_whole_cents:
    'A wire moves whole cents and this amount is not: Paxos does not say what happens to the rest. Cancel it and redeem a whole-cent amount.',
  destination_changed: 'The bank account is no longer approved. Check it and confirm again.',
  over_daily_limit:
    "Sent today, it would take today's wires above your daily limit. Check it and confirm again.",
  credentials: 'Paxos did not accept the credentials. Fix them in Settings, then confirm again.',
  reference_clash:
    'Paxos holds a different request under the same reference. Nothing was sent twice; contact support.',
  unknown_outcome:
    'It is not clear whether Paxos received it. Check the Activity list before confirming again.',
  answer_mismatch:
    'Paxos answered with a record that is not what was asked (both are shown). It is not sent again and not taken as done; resolve it with Paxos.',
};

/** `at`: the request's creation time, so it reads the label in effect then (labels are local and can change). */
type Labels = {
  bankAccount(id: string, at?: string): string | undefined;
  rule(id: string): string | undefined;
  /** A profile's nickname, where the caller knows the profiles. */
  profile?(id: string): string | undefined;
};

/** "ETHEREUM" → "Ethereum", "POLYGON_POS" → "Polygon": the words the screens use, never the raw code. */
function networkWords(code: string | undefined): string {
  return code ? networkName(code) : 'a network';
}

function summary(intent: Intent, labels: Labels): string {
  const account = (id: string) => labels.bankAccount(id, intent.createdAt);
  switch (intent.kind) {
    case 'create_orchestration': {
      const p = intent.payload;
      const bankId = 'fiat' in p.destination ? p.destination.fiat.bank_account_id : '';
      return `Redeem ${formatAmount(p.source_amount, p.source_asset)} → USD wire to ${account(bankId) ?? 'bank account'}`;
    }
    case 'create_conversion': {
      const p = intent.payload;
      const credited = expectedCredit(p.source_amount, p.source_asset, p.destination_asset);
      const verb = p.source_asset === 'USD' ? 'Mint' : 'Convert';
      const into = labels.profile?.(p.destination.profile.profile_id);
      return `${verb} ${formatAmount(credited, p.destination_asset)} from ${formatAmount(p.source_amount, p.source_asset)}${into ? ` into ${into}` : ''}`;
    }
    case 'create_rule': {
      const p = intent.payload;
      if ('fiat' in p.source)
        return `Convert & Hold: USD wires quoting the rule's memo → ${p.destination_asset}`;
      const network = networkWords('crypto' in p.source ? p.source.crypto.network : undefined);
      // Convert & Hold for crypto deposits: the coin is converted and kept, nothing is wired.
      if ('profile' in p.destination) {
        const keptIn = labels.profile?.(p.destination.profile.profile_id);
        return `Convert & Hold: ${p.source_asset} on ${network} → ${p.destination_asset}${keptIn ? ` in ${keptIn}` : ''}`;
      }
      const bankId = 'fiat' in p.destination ? p.destination.fiat.fiat_account_id : '';
      return `Auto-redeem ${p.source_asset} on ${network} → ${account(bankId) ?? 'bank account'}`;
    }
    case 'create_fiat_account': {
      const owner = intent.payload.fiat_account_owner;
      const name =
        'institution_details' in owner
          ? owner.institution_details.name
          : `${owner.person_details.first_name} ${owner.person_details.last_name}`;
      const bank = intent.payload.fiat_network_instructions.wire.routing_details.bank_name;
      return `Add bank account: ${name}${bank ? ` at ${bank}` : ''}`;
    }
    case 'update_fiat_account':
      return `Update bank account ${account(intent.payload.id) ?? intent.payload.id} (goes back to review)`;
    case 'delete_fiat_account':
      return `Delete bank account ${account(intent.payload.id) ?? intent.payload.id}`;
    case 'delete_rule':
      return `Delete auto-redeem rule ${labels.rule(intent.payload.id) ?? intent.payload.id}`;
    case 'create_fiat_withdrawal': {
      const p = intent.payload;
      const to = account(p.fiat_account_id) ?? 'bank account';
      return p.amount !== undefined
        ? `Wire out ${formatAmount(p.amount, 'USD')} (fee on top) to ${to}`
        : `Wire out ${formatAmount(p.total ?? '0', 'USD')} (fee deducted) to ${to}`;
    }
  }
}

export function intentView(intent: Intent, labels: Labels): IntentView {
  // The check before sending found today's total over the limit: its words, with the figures,
  // say why it waits. It is not a failed attempt (nothing was sent), so not shown as one.
  const finding =
    intent.state === 'needs_attention' &&
    intent.attentionReason === 'over_daily_limit' &&
    intent.lastError?.code === 'over_daily_limit'
      ? intent.lastError.message
      : undefined;
  return {
    id: intent.id,
    kind: intent.kind,
    refId: intent.refId,
    state: intent.state,
    summary: summary(intent, labels),
    createdAt: intent.createdAt,
    updatedAt: intent.updatedAt,
    attempts: intent.attempts,
    ...(intent.lastError && !finding ? { lastError: errorView(intent.lastError) } : {}),
    ...(intent.state === 'needs_attention'
      ? {
          confirmationNeeded:
            finding ??
            attentionText[intent.attentionReason ?? ''] ??
            'Check it and confirm again to send it.',
        }
      : {}),
    ...(intent.result?.paxosId ? { paxosId: intent.result.paxosId } : {}),
    mayHaveBeenSent: mayHaveBeenSent(intent),
    ...(intent.checks ? { checks: intent.checks } : {}),
    ...(intent.alert ? { alert: intent.alert } : {}),
    ...outcomeOf(intent),
  };
}

/**
 * A wire out is a transfer, not an orchestration: its figures are Paxos's once it completed —
 * what the bank receives, Paxos's fee, what the profile was debited — never the desk's guess.
 */
function outcomeOf(intent: Intent): { outcome?: string } {
  const s = intent.result?.settled;
  if (intent.kind !== 'create_fiat_withdrawal' || intent.state !== 'completed' || !s) return {};
  const usd = (v: string | undefined) =>
    v !== undefined && isDecimalString(v) ? formatAmount(v, 'USD') : 'not stated';
  return {
    outcome: `Paxos: ${usd(s.amount)} to the bank, fee ${usd(s.fee)}, ${usd(s.total)} debited from the profile.`,
  };
}

function errorView(error: NonNullable<Intent['lastError']>): IntentView['lastError'] {
  const { code, message, asked, answered } = error;
  return asked !== undefined || answered !== undefined
    ? { code, message, details: { asked, answered } }
    : { code, message };
}
