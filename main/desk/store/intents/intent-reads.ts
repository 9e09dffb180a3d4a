// Which intents are read when. The desk works with the intents that have not ended (a few, at
// any size of history), held in memory from open; the ones that ended (tens of thousands after
// years) are read from the database only when asked, through the `intents_by_state` index (or
// the id and ref_id keys). Every row read is verified (intent-row.ts) on every read: a damaged
// one is set aside and reported when it is read, never handed out.
import type { AuditRecord } from '../audit/audit-entry';
import type { AuditLog } from '../audit/audit-log';
import type { DeskDatabase } from '../db/desk-database';
import type { DamagedIntent, StorageHealth } from '../storage-health';
import { readIntentRows } from './damaged-intents';
import type { Intent, IntentState } from './intent';

/** States an intent stays in until the operator acts again (or never leaves). */
export const ENDED_STATES: readonly IntentState[] = [
  'abandoned',
  'cancelled',
  'completed',
  'failed',
];
export const isEnded = (state: string) => (ENDED_STATES as readonly string[]).includes(state);

/**
 * Every state but the ended ones (unknown ones too: a row from a newer version is read, and
 * found unreadable), as ranges of the state index between the ended states, sorted.
 */
function notEndedRanges(): string {
  const sorted = [...ENDED_STATES].sort();
  const terms = [`state < '${sorted[0]}'`, `state > '${sorted.at(-1)}'`];
  for (let i = 1; i < sorted.length; i += 1)
    terms.push(`(state > '${sorted[i - 1]}' AND state < '${sorted[i]}')`);
  return terms.join(' OR ');
}
// Named: without statistics the planner scans the table for OR'd ranges (60 ms at 50,000
// intents, against under 1 ms through the index).
const NOT_ENDED = `INDEXED BY intents_by_state WHERE ${notEndedRanges()}`;

/** The partial index of migration 8: its WHERE and key repeated word for word. */
export const ENDED_BY_UPDATE = `INDEXED BY intents_ended_by_update WHERE state IN ('abandoned', 'cancelled', 'completed', 'failed') AND (CASE WHEN json_valid(body) THEN json_extract(body, '$.updatedAt') END)`;

export class IntentReads {
  constructor(
    private readonly db: DeskDatabase,
    private readonly at: () => Date,
    /** Told when a read found (and set aside) damaged rows. */
    private readonly onDamaged: () => void,
  ) {}

  notEnded(): Intent[] {
    return this.read(NOT_ENDED);
  }

  /**
   * Ended intents changed at or after `sinceIso` (the outbox shows them for a day): two ranges
   * of intents_ended_by_update (migration 8), the recent ones and those whose body gives no
   * time (not JSON: damage, read so it is found rather than left unseen).
   */
  endedSince(sinceIso: string): Intent[] {
    const recent = this.read(`${ENDED_BY_UPDATE} >= ?`, sinceIso);
    const seen = new Set(recent.map((i) => i.id));
    const untimed = this.read(`${ENDED_BY_UPDATE} IS NULL`).filter((i) => !seen.has(i.id));
    return [...recent, ...untimed];
  }

  inStates(states: readonly string[]): Intent[] {
    if (states.length === 0) return [];
    return this.read(
      `INDEXED BY intents_by_state WHERE state IN (${states.map(() => '?').join(', ')})`,
      ...states,
    );
  }

  /** Intents of one kind in `states`: one range of intents_by_kind (migration 9) per state. */
  ofKindInStates(kind: string, states: readonly string[]): Intent[] {
    if (states.length === 0) return [];
    return this.read(
      `INDEXED BY intents_by_kind WHERE kind = ? AND state IN (${states.map(() => '?').join(', ')})`,
      kind,
      ...states,
    );
  }

  byId(id: string): Intent | undefined {
    return this.read('WHERE id = ?', id)[0];
  }

  byRefId(refId: string): Intent | undefined {
    return this.read('WHERE ref_id = ?', refId)[0];
  }

  private read(where: string, ...params: string[]): Intent[] {
    const { intents, damagedFound } = readIntentRows(this.db, this.at, where, ...params);
    if (damagedFound > 0) this.onDamaged();
    return intents;
  }
}

/** Oldest first; the same millisecond by id, so the order is the same before and after a restart. */
export function sendOrder(a: Intent, b: Intent): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The audit entries of an intent written: its state change (or creation), and the operator's. */
export function auditIntentWrite(
  audit: AuditLog,
  intent: Intent,
  before: Intent | undefined,
  extra: AuditRecord | undefined,
): void {
  if (before?.state !== intent.state) {
    audit.appendNow({
      action: before ? `intent.state.${intent.state}` : 'intent.created',
      outcome: 'info',
      refId: intent.refId,
      details: {
        id: intent.id,
        kind: intent.kind,
        from: before?.state ?? null,
        to: intent.state,
        attempts: intent.attempts,
        payload: intent.payload,
      },
    });
  }
  if (extra) audit.appendNow({ ...extra, refId: extra.refId ?? intent.refId });
}

const HELD_FOR_DAMAGE =
  'a damaged request was found in the local database; every request is being checked with Paxos first.';

/** Damage read after open: reported, audited, and sending held until the check with Paxos. */
export function holdForDamageRead(
  health: StorageHealth,
  damaged: DamagedIntent[],
  audit: AuditLog | undefined,
): void {
  health.damagedIntents = damaged;
  health.heldBecause = HELD_FOR_DAMAGE;
  void audit
    ?.append({ action: 'storage.damage_found', outcome: 'info', details: { read: true } })
    .catch(() => undefined);
}
