// Every Paxos answer that closes an intent is checked against what was asked: ref_id, profile,
// asset, amount and destination (the bank account, or the rule's destination). A record that
// differs is never taken as done: it raises answer_mismatch with both sides, and the outbox puts
// the intent in front of the operator instead of retrying or reconciling it.
import { AppError } from '../../../shared/app-error';
import type { CreateOrchestrationInput } from '../../../shared/paxos/requests';
import type {
  FiatAccount,
  Orchestration,
  OrchestrationRule,
} from '../../../shared/paxos/responses';
import { orchestrationMismatch } from '../../paxos/orchestrations';
import { fiatAccountMismatch } from '../../paxos/fiat-accounts';
import { ruleDestinationMismatch } from '../../paxos/rules';
import type { PaxosRecord } from '../store/cache/cache-records';
import type { Intent } from '../store/intents/intent';

export interface Mismatch {
  field: string;
  asked: string;
  answered: string;
}

export function mismatchError(
  intent: Intent,
  found: Mismatch,
  extra: Record<string, unknown> = {},
): AppError {
  return new AppError(
    'answer_mismatch',
    `Paxos answered with a record whose ${found.field} is ${found.answered}, but this request asked for ${found.asked}. It was not taken as done.`,
    { refId: intent.refId, ...found, ...extra },
  );
}

/** Why `record` does not answer `intent`, or undefined when it does. */
export function answerMismatch(
  intent: Intent,
  record: PaxosRecord | undefined,
  paxosId: string,
): Mismatch | undefined {
  switch (intent.kind) {
    case 'create_orchestration': {
      const asked = { ...intent.payload, ref_id: intent.refId };
      const o = record as Orchestration | undefined;
      if (!o) return { field: 'record', asked: asked.ref_id, answered: '(none)' };
      if (o.ref_id !== asked.ref_id)
        return { field: 'ref_id', asked: asked.ref_id, answered: o.ref_id ?? '(none)' };
      const reason = orchestrationMismatch(asked, o);
      return reason
        ? {
            field: reason.split(' ').slice(0, -1).join(' '),
            asked: describeOrchestration(asked),
            answered: reason,
          }
        : undefined;
    }
    case 'create_fiat_account': {
      const asked = { ...intent.payload, ref_id: intent.refId };
      const a = record as FiatAccount | undefined;
      if (!a) return { field: 'record', asked: asked.ref_id, answered: '(none)' };
      const reason = fiatAccountMismatch(asked, a);
      return reason
        ? { field: 'bank account', asked: `ref_id ${asked.ref_id}`, answered: reason }
        : undefined;
    }
    case 'create_rule': {
      const asked = { ...intent.payload, ref_id: intent.refId };
      const r = record as OrchestrationRule | undefined;
      if (!r) return { field: 'record', asked: asked.ref_id, answered: '(none)' };
      return ruleDestinationMismatch(asked, r);
    }
    default: {
      const target = intent.payload.id;
      return paxosId === target ? undefined : { field: 'id', asked: target, answered: paxosId };
    }
  }
}

function describeOrchestration(body: CreateOrchestrationInput): string {
  const bank =
    'fiat' in body.destination ? ` to bank account ${body.destination.fiat.bank_account_id}` : '';
  return `${body.source_amount} ${body.source_asset} from profile ${body.source.profile.profile_id}${bank}`;
}
