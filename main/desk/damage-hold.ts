// Damage found in the local file (at open, or by the whole-file check running after it) holds
// sending: the outbox gets no client until every intent has been checked with Paxos by its
// ref_id, because a damaged row may claim "not sent" for a request Paxos already has.
import type { PaxosClient } from '../paxos';
import { recordIn, type DeskStores } from './desk-stores';
import { recheckIntents } from './recovery/intent-recheck';
import { checkInBackground } from './store/db/background-check';
import { isCorruption } from './store/db/desk-database';
import {
  markedReplaceAtOpen,
  markReplaceAtOpen,
  REPLACE_AT_OPEN_HINT,
} from './store/db/replace-at-open';

const HELD_BECAUSE =
  'the local database was found damaged; every request is being checked with Paxos first.';

const CLOSING = 'the desk is closing.';

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
 * Starts the checks every send waits for (background-check.ts): the whole file's (unless damage
 * is already known: sending is held then anyway) and the intents the state index misses. What
 * they find holds sending like damage found at open, and is shown; `done` resolves once that
 * hold is in place, so a send that waited for it can never slip in between.
 */
export function checkBeforeSending(
  stores: DeskStores,
  now: () => Date,
  onChange: () => void,
): { done: Promise<void>; cancel(): void } {
  const { db, health } = stores;
  const check = checkInBackground(db.path, !db.damage);
  const done = check.result.then(async (found) => {
    // Cancelled (the desk is closing): nothing was checked, so a flush still waiting sends nothing.
    if (!found) stores.intents.holdSending(CLOSING);
    if (!found || !db.isOpen) return;
    const problems = [...found.problems];
    if (found.unreadable) markReplaceAtOpen(db.path, problems.at(-1) ?? 'an unreadable page');
    if (found.unindexed.length > 0) {
      // Read by their key (and verified) so the outbox and the recheck see them; an index
      // that misses rows is damage all the same.
      problems.push(`intents: ${found.unindexed.length} request(s) missing from the state index`);
      try {
        stores.intents.adoptUnindexed(found.unindexed);
      } catch (error) {
        // Unreadable: still damage, still held (never an escape that skips the hold below).
        const message = error instanceof Error ? error.message : String(error);
        if (isCorruption(error)) markReplaceAtOpen(db.path, message);
        problems.push(`intents: ${message}`);
      }
    }
    if (!problems || problems.length === 0 || !db.isOpen) return;
    // Held first: copying the file aside can fail (a full disk), and must not leave sending open.
    stores.intents.holdSending(HELD_BECAUSE);
    try {
      // Damage known at open (file already kept aside, sending held): what is found now adds to it.
      if (db.damage) db.damage.problems.push(...problems);
      else health.databaseDamage = db.reportDamage(problems, now());
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // Shown all the same (the storage view must not say all is well), only not kept aside.
      const notKept = `the damaged file could not be copied aside for support: ${message}`;
      health.databaseDamage = {
        problems: [...problems, notKept].slice(0, 20),
        keptAt: '',
        replaced: false,
      };
      health.lastCheckError = notKept;
    }
    await holdSendingForDamage(stores);
    onChange();
  });
  return { done, cancel: () => check.cancel() };
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
  // A page of this file could not be read: the check cannot cover what it holds (an intent the
  // state index misses may be on it), so only setting the file aside at the next open ends it.
  if (markedReplaceAtOpen(stores.db.path)) {
    health.lastCheckError = REPLACE_AT_OPEN_HINT;
    onChange();
    return false;
  }
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
    const message = error instanceof Error ? error.message : String(error);
    if (isCorruption(error)) markReplaceAtOpen(stores.db.path, message);
    health.lastCheckError = isCorruption(error) ? `${message}: ${REPLACE_AT_OPEN_HINT}` : message;
    return false;
  } finally {
    onChange();
  }
}
