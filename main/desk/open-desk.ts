// Opening a desk's file: a damaged file is replaced (kept aside) with its intact intents carried
// over, and damage found holds sending until every intent has been checked with Paxos.
import type { DeskOptions } from './desk-options';
import { storesOn, type DeskStores } from './desk-stores';
import { holdSendingForDamage } from './damage-hold';
import { loadAuditKeying } from './store/audit/audit-key';
import { openEnvironmentDatabase } from './store/carry-over/environment-database';
import { salvageIntents } from './store/carry-over/salvage-intents';
import { isCorruption, type DeskDatabase } from './store/db/desk-database';
import { lockEnvironmentFolder } from './store/db/folder-lock';
import { takeReplaceAtOpen } from './store/db/replace-at-open';
import { moveAside } from './store/db/set-aside';
import { environmentDir } from './store/environment-dir';

/** Carries the intact intents of a replaced file over (checksummed rows only). */
function salvageInto(db: DeskDatabase, keptAt: string): void {
  const { carried, problem } = salvageIntents(keptAt, db);
  db.damage?.problems.push(
    `carried over ${carried} intact request(s) from the damaged file${problem ? ` (then: ${problem})` : ''}`,
  );
}

/**
 * Opens the environment's file and builds the desk on it (`build` wires its parts). Building
 * reads pages the check at open does not cover: if one is unreadable, the file is set aside
 * and the desk built again on a fresh one.
 */
export async function openDesk<D>(
  options: DeskOptions,
  build: (stores: DeskStores) => D,
): Promise<D> {
  const dir = environmentDir(options.dataDir, options.environment);
  const dbOptions = {
    now: options.now,
    ...(options.storageFaults ? { faults: options.storageFaults } : {}),
  };
  // One writer per folder: a second runtime stops here with a clear error, before it reads or
  // writes anything. The lock goes with the database's connection (or with this process).
  const lock = lockEnvironmentFolder(dir);
  let db: DeskDatabase;
  try {
    db = await openEnvironmentDatabase(dir, dbOptions);
  } catch (error) {
    lock.release();
    throw error;
  }
  if (db.damage?.replaced) salvageInto(db, db.damage.keptAt);
  const unreadableBefore = takeReplaceAtOpen(dir);
  try {
    db.onClose(lock.release);
    // What an earlier run could not read is handled as if opening had hit it (below).
    if (unreadableBefore) throw Object.assign(new Error(unreadableBefore), { errcode: 11 });
    return await buildOn(options, db, build);
  } catch (error) {
    db.close();
    if (!isCorruption(error)) throw error;
    // Pages the check at open does not cover were unreadable: keep the file aside and start
    // a new one, with sending held until every intent has been checked with Paxos.
    const keptAt = moveAside(db.path, options.now());
    const relock = lockEnvironmentFolder(dir);
    const fresh = await openEnvironmentDatabase(dir, dbOptions).catch((again: unknown) => {
      relock.release();
      throw again;
    });
    fresh.onClose(relock.release);
    fresh.damage = {
      problems: [error instanceof Error ? error.message : String(error)],
      keptAt,
      replaced: true,
    };
    salvageInto(fresh, keptAt);
    try {
      return await buildOn(options, fresh, build);
    } catch (again) {
      fresh.close();
      throw again;
    }
  }
}

async function buildOn<D>(
  options: DeskOptions,
  db: DeskDatabase,
  build: (stores: DeskStores) => D,
): Promise<D> {
  const keying = await loadAuditKeying(options.auditKeyStore, db);
  const stores = storesOn(options, db, keying);
  const desk = build(stores);
  if (stores.health.needsCheck) await holdSendingForDamage(stores);
  return desk;
}
