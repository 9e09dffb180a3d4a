// Seeds a desk's outbox with many intents quickly, through the store's own API (IntentStore and
// AuditLog on one DeskDatabase, so every change writes its audit entry as in the app), but many
// changes per commit: one fsynced commit per intent change would take minutes at 50,000.
//   ended:     created, sending, submitted, completed: 4 audit entries each;
//   cancelled: created, cancelled: 2 audit entries each (their ref_ids are never at Paxos).
import { AuditLog } from '../main/desk/store/audit/audit-log';
import { DeskDatabase } from '../main/desk/store/db/desk-database';
import { IntentStore } from '../main/desk/store/intents/intent-store';
import type { NewIntent } from '../main/desk/store/intents/intent';
import { SEED_IDS } from '../main/simulator/seed';
import { END_MS } from './history-records';

const BATCH = 5_000;

const request = (refId: string, i: number): NewIntent => ({
  kind: 'create_orchestration',
  refId,
  payload: {
    source_asset: 'USDC',
    destination_asset: 'USD',
    source_amount: `${100 + (i % 9000)}.00`,
    source: { profile: { profile_id: SEED_IDS.defaultProfile } },
    destination: { fiat: { bank_account_id: SEED_IDS.operatingBankAccount } },
  },
});

/** Adds `ended` + `cancelled` intents (ids and ref_ids unique per `tag`). Desk must be closed. */
export async function seedIntents(
  envDir: string,
  counts: { ended: number; cancelled: number },
  seed: number,
  tag = 'base',
): Promise<void> {
  const db = DeskDatabase.openIn(envDir);
  try {
    let next = '';
    // Spread over the past (one change a minute, ending a day before the history's newest
    // record): old requests, as a long-used desk has, not 50,000 made today.
    let at = END_MS - 24 * 60 * 60 * 1000;
    const now = () => new Date((at -= 60_000));
    const audit = new AuditLog(db, { environment: 'demo', user: 'bench', now });
    const intents = new IntentStore(db, { audit, now, newId: () => next });
    const pending: Promise<unknown>[] = [];
    const total = counts.ended + counts.cancelled;
    for (let from = 0; from < total; from += BATCH) {
      db.transaction(() => {
        for (let i = from; i < Math.min(total, from + BATCH); i += 1) {
          const id = `bench-${tag}-${seed}-${i}`;
          next = id;
          pending.push(intents.create(request(`ref-${id}`, i)));
          if (i < counts.ended) {
            pending.push(intents.markSending(id));
            pending.push(intents.markSubmitted(id, `paxos-${id}`));
            pending.push(intents.markCompleted(id));
          } else pending.push(intents.cancel(id, 'queued'));
        }
      });
    }
    await Promise.all(pending);
  } finally {
    db.close();
  }
}
