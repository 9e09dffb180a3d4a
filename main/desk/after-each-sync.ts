// What runs after every sync cycle: the heart of exactly-once on this side. Sending waits for
// the facts it depends on, in this order:
// 1. the whole file has been checked once this run (damage it finds holds sending);
// 2. while sending is held, every intent is rechecked with Paxos (a failure keeps the hold,
//    and the outbox, given no client while held, sends nothing);
// 3. strays (records at Paxos naming one of our ref_ids while the intent says "not sent") are
//    noticed before anything could be sent again;
//    then requests whose orchestration the cache already shows ended (found by a lookup or a
//    stray after it ended, so no status change will ever report it) are closed;
// 4. the outbox flushes; its failure is published, never thrown;
// 5. a flush that added no failure clears the one shown before.
import type { BackgroundErrors } from './background-errors';

export interface AfterSyncSteps {
  /** Resolves when the whole-file check is done (at once when none runs). */
  wholeFileChecked(): Promise<unknown>;
  sendingHeld(): boolean;
  recheck(): Promise<unknown>;
  noticeStrays(): Promise<unknown>;
  settleEnded(): Promise<unknown>;
  flushInBackground(): Promise<void>;
  backgroundErrors: Pick<BackgroundErrors, 'count' | 'clearShown'>;
}

export async function afterEachSync(steps: AfterSyncSteps): Promise<void> {
  await steps.wholeFileChecked();
  if (steps.sendingHeld()) await steps.recheck();
  await steps.noticeStrays();
  await steps.settleEnded();
  const errorsBefore = steps.backgroundErrors.count;
  await steps.flushInBackground();
  if (steps.backgroundErrors.count === errorsBefore) steps.backgroundErrors.clearShown();
}
