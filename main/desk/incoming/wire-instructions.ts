// Paxos's wire instructions for a profile and routing type (ABA for Fedwire, SWIFT), made once
// and reused. Asking for them is a Paxos write, though no money moves, so it follows the outbox's
// rules in small: the list is read first and a VALID set for the profile and type is reused
// (DEPRECATED ones are kept but never offered); otherwise a ref_id is chosen and written (fsynced)
// before the one POST, which the client never retries blindly. If that answer is lost, the ref_id
// stays pending: the next request lists again and finds the record by it, and only a list that
// does not hold it leads to a new POST, under the same ref_id (Paxos answers 409 for a ref_id it
// already has, and the client takes the record it names). The answer is checked against what was
// asked (profile, routing type, ref_id) before it is shown; a difference is answer_mismatch.
import { randomUUID } from 'node:crypto';
import { AppError, isAppError } from '../../../shared/app-error';
import type {
  FiatDepositInstructions,
  RoutingType,
} from '../../../shared/paxos/deposit-instructions';
import { depositInstructionsMismatch, type PaxosClient } from '../../paxos';
import type { AuditRecord } from '../store/audit/audit-entry';
import { routingTypeOf, type IncomingStore } from './incoming-store';

export interface InstructionsDeps {
  store: IncomingStore;
  client: Pick<PaxosClient, 'listAllDepositInstructions' | 'createDepositInstructions'> | undefined;
  now: () => Date;
  record: (entry: AuditRecord) => Promise<unknown>;
}

export interface FoundInstructions {
  record: FiatDepositInstructions;
  fetchedAt: string;
  fromCache: boolean;
}

const usable = (profileId: string, type: string) => (i: FiatDepositInstructions) =>
  i.profile_id === profileId && routingTypeOf(i) === type && i.status.toUpperCase() === 'VALID';

/** The instructions last read for the profile and type (VALID only), newest first. */
export function cachedInstructions(
  store: IncomingStore,
  profileId: string,
  type: string,
): FoundInstructions | undefined {
  const found = store
    .instructions()
    .filter((s) => usable(profileId, type)(s.record))
    .sort((a, b) => (b.record.created_at ?? '').localeCompare(a.record.created_at ?? ''))[0];
  return found ? { record: found.record, fetchedAt: found.fetchedAt, fromCache: true } : undefined;
}

export async function wireInstructionsFor(
  deps: InstructionsDeps,
  profileId: string,
  type: RoutingType,
): Promise<FoundInstructions> {
  const { store, client } = deps;
  const fallback = () => cachedInstructions(store, profileId, type);
  if (!client) return fallback() ?? unreachable();
  try {
    const at = deps.now().toISOString();
    const all = await client.listAllDepositInstructions({ limit: 1000 });
    store.putInstructions(all, at);
    let refId = store.pendingRef(profileId, type);
    const mine = refId ? all.find((i) => i.ref_id === refId) : undefined;
    if (mine) store.settlePendingRef(profileId, type);
    const reuse = [...all].sort((a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? ''));
    const valid = reuse.find(usable(profileId, type));
    if (valid) return { record: valid, fetchedAt: at, fromCache: false };
    if (!refId || mine) {
      refId = `td-${randomUUID()}`;
      store.choosePendingRef(profileId, type, refId, at);
    }
    await deps.record({
      action: 'wire_instructions.request',
      outcome: 'requested',
      refId,
      details: { profileId, routingType: type },
    });
    const body = {
      ref_id: refId,
      profile_id: profileId,
      fiat_network: 'WIRE' as const,
      routing_number_type: type,
    };
    const made = await client.createDepositInstructions(body);
    const differs =
      made.ref_id === undefined ? 'ref_id (none)' : depositInstructionsMismatch(body, made);
    if (differs || made.profile_id !== profileId || routingTypeOf(made) !== type) {
      await deps.record({
        action: 'wire_instructions.request',
        outcome: 'failed',
        refId,
        details: { answerMismatch: differs ?? 'profile or routing type', id: made.id },
      });
      throw new AppError(
        'answer_mismatch',
        `Paxos answered with wire instructions that are not the ones asked for (${differs ?? 'profile or routing type'}). They are not shown.`,
        { refId, answeredId: made.id },
      );
    }
    store.putInstructions([made], deps.now().toISOString());
    store.settlePendingRef(profileId, type);
    await deps.record({
      action: 'wire_instructions.request',
      outcome: 'succeeded',
      refId,
      details: { id: made.id, memoId: made.memo_id, profileId, routingType: type },
    });
    return { record: made, fetchedAt: deps.now().toISOString(), fromCache: false };
  } catch (error) {
    const offline = isAppError(error) && (error.code === 'network' || error.code === 'timeout');
    const cached = offline ? fallback() : undefined;
    if (cached) return cached;
    throw error;
  }
}

function unreachable(): never {
  throw new AppError(
    'unavailable',
    'Paxos cannot be reached from this desk and no wire instructions were read before.',
  );
}
