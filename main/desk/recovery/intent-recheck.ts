// After damage: every intent is checked against Paxos by its ref_id before anything is sent.
// Only lookups, never a send: a create is looked for by ref_id; an update or delete has no
// ref_id at Paxos and, if its row is intact, keeps its state (which says whether it was sent).
// What the check decides:
//  - an intent the desk holds as not sent (queued, needs_attention) that Paxos has: it follows
//    the record at Paxos (submitted), so it is never sent again, and an alert is raised;
//  - a cancelled one that Paxos has: an alert (it cannot be un-cancelled locally);
//  - a damaged row (set aside): its resolution says what Paxos has; it is never sent.
// Throws if Paxos cannot be asked: the hold stays and the check runs again later.
import type { PaxosClient } from '../../paxos';
import { endsAfterAcceptance, type Intent } from '../store/intents/intent';
import type { DamagedIntent } from '../store/storage-health';
import type { IntentStore } from '../store/intents/intent-store';

type Found = { paxosId: string } | null | 'not_checkable';

/** Only the lookups: the check never sends. */
export type RecheckClient = Pick<
  PaxosClient,
  | 'findOrchestrationByRefId'
  | 'findRuleByRefId'
  | 'findFiatAccountByRefId'
  | 'findFiatWithdrawalByRefId'
>;

async function lookupByRefId(
  client: RecheckClient,
  kind: string | undefined,
  refId: string,
  profileId: string | undefined,
): Promise<Found> {
  switch (kind) {
    case 'create_orchestration':
    case 'create_conversion': {
      const hit = await client.findOrchestrationByRefId(refId);
      return hit ? { paxosId: hit.id } : null;
    }
    case 'create_rule': {
      if (!profileId) return 'not_checkable';
      const hit = await client.findRuleByRefId(refId, profileId);
      return hit ? { paxosId: hit.id } : null;
    }
    case 'create_fiat_account': {
      // The same bounded lookup the outbox uses: a server that ignores the ref_ids filter is
      // paged, never read as "absent" from one page (which would tell the operator to redo it).
      const hit = await client.findFiatAccountByRefId(refId);
      return hit ? { paxosId: hit.id } : null;
    }
    case 'create_fiat_withdrawal': {
      const hit = await client.findFiatWithdrawalByRefId(refId, profileId ? { profileId } : {});
      return hit ? { paxosId: hit.id } : null;
    }
    default:
      return 'not_checkable';
  }
}

const profileOf = (payload: unknown) => {
  const id = (payload as { profile_id?: unknown } | undefined)?.profile_id;
  return typeof id === 'string' ? id : undefined;
};

export interface RecheckResult {
  checked: number;
  alerts: string[];
}

export async function recheckIntents(
  client: RecheckClient,
  intents: IntentStore,
  damagedBodies: (id: string) => unknown,
): Promise<RecheckResult> {
  const alerts: string[] = [];
  let checked = 0;
  for (const intent of intents.list()) {
    checked += 1;
    const found = await lookupByRefId(client, intent.kind, intent.refId, profileOf(intent.payload));
    if (found === null || found === 'not_checkable') continue;
    await settleFound(intents, intent, found.paxosId, alerts);
  }
  for (const damaged of intents.damaged.filter((d: DamagedIntent) => d.resolution === undefined)) {
    checked += 1;
    const body = damagedBodies(damaged.id) as { payload?: unknown } | undefined;
    const found = damaged.refId
      ? await lookupByRefId(client, damaged.kind, damaged.refId, profileOf(body?.payload))
      : 'not_checkable';
    const resolution =
      found === 'not_checkable'
        ? 'could not be checked by ref_id: not sent; ask Paxos support before redoing it'
        : found === null
          ? 'not at Paxos: never sent from here; redo it if it is still wanted'
          : `at Paxos as ${found.paxosId}`;
    if (found !== null && found !== 'not_checkable')
      alerts.push(
        `A damaged local request (${damaged.refId}) exists at Paxos as ${found.paxosId}.`,
      );
    intents.resolveDamaged(damaged.id, resolution);
  }
  return { checked, alerts };
}

/** Paxos has it: the intent follows what Paxos has (submitted, or completed for accounts and rules). */
async function settleFound(
  intents: IntentStore,
  intent: Intent,
  paxosId: string,
  alerts: string[],
): Promise<void> {
  if (intent.state === 'cancelled') {
    alerts.push(`Request ${intent.refId} was cancelled here, but Paxos has it (${paxosId}).`);
    return;
  }
  if (intent.state !== 'queued' && intent.state !== 'needs_attention') return;
  // Paxos already answered this request with a record that is not what was asked: finding a
  // record under the ref_id again proves nothing, and it stays with the operator.
  if (intent.lastError?.code === 'answer_mismatch') {
    alerts.push(
      `Request ${intent.refId}: Paxos holds a different record under this reference (${paxosId}); it stays waiting for you.`,
    );
    return;
  }
  const audit = {
    action: 'intent.found_at_paxos',
    outcome: 'info' as const,
    details: { paxosId, localState: intent.state },
  };
  if (intent.state === 'needs_attention')
    await intents.update(
      intent.id,
      { state: 'queued' },
      { ifState: 'needs_attention', recheck: true },
    );
  await intents.update(intent.id, { state: 'sending' }, { ifState: 'queued', recheck: true });
  await intents.update(
    intent.id,
    { state: 'submitted', result: { paxosId } },
    { ifState: 'sending', recheck: true, audit },
  );
  // Orchestrations and wires out end later (the sync follows them); the others are done.
  if (!endsAfterAcceptance(intent.kind))
    await intents.update(intent.id, { state: 'completed' }, { recheck: true });
  alerts.push(
    `Request ${intent.refId} was recorded here as not sent, but Paxos has it (${paxosId}): it now follows that record and will not be sent again.`,
  );
}
