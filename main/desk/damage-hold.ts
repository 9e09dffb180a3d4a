// Damage found in the local file (at open, or by the whole-file check running after it) holds
// sending: the outbox gets no client until every intent has been checked with Paxos by its
// ref_id, because a damaged row may claim "not sent" for a request Paxos already has.
import type { PaxosClient } from '../paxos';
import { recordIn, type DeskStores } from './desk-stores';
import { recheckIntents } from './recovery/intent-recheck';
import { checkWholeFile, type BackgroundCheck } from './store/db/background-check';

const HELD_BECAUSE =
  'the local database was found damaged; every request is being checked with Paxos first.';

/** Holds sending and audits what was found (the operator sees it through the health view). */
export async function holdSendingForDamage(stores: DeskStores): Promise<void> {
  stores.intents.holdSending(HELD_BECAUSE);
  await recordIn(stores.audit, {
    action: 'storage.damage_found',
    outcome: 'info',
    details: { view: stores.health.view() },
  });
}

/**
 * Starts the whole-file check (too slow for opening) unless damage is already known; what it
 * finds holds sending like damage found at open.
 */
export function checkWholeFileInBackground(
  stores: DeskStores,
  now: () => Date,
  onChange: () => void,
): BackgroundCheck | undefined {
  const { db, health } = stores;
  if (db.damage) return undefined;
  const check = checkWholeFile(db.path);
  void check.result.then(async (problems) => {
    if (!problems || problems.length === 0 || !db.isOpen) return;
    health.databaseDamage = db.reportDamage(problems, now());
    await holdSendingForDamage(stores);
    onChange();
  });
  return check;
}

/**
 * Checks every intent with Paxos by ref_id, then lets sending resume. Runs after each sync
 * while sending is held; a failure (Paxos unreachable) keeps the hold for the next try.
 */
export async function recheckHeldIntents(
  stores: DeskStores,
  client: PaxosClient | undefined,
  onChange: () => void,
): Promise<boolean> {
  const { intents, health } = stores;
  if (!client || intents.sendingHeld === undefined) return false;
  try {
    const result = await recheckIntents(client, intents, (id) => intents.damagedBody(id));
    health.alerts.push(...result.alerts);
    health.lastCheckError = undefined;
    intents.releaseSending();
    await recordIn(stores.audit, {
      action: 'storage.recheck_done',
      outcome: 'succeeded',
      details: { checked: result.checked, alerts: result.alerts },
    });
    return true;
  } catch (error) {
    health.lastCheckError = error instanceof Error ? error.message : String(error);
    return false;
  } finally {
    onChange();
  }
}
