// The legs (transfers) of an export's page, read from Paxos through main's client as calls of at
// most TRANSFER_IDS_PER_CALL ids (List Transfers' limit, paxos-api.md §8.2: nothing batches
// more), paced so that a long export never trips Paxos's rate limit. That limit is 50 req/s per
// source IP averaged over 5 minutes, and going over throttles EVERY request of the desk for 5
// minutes (§3.8) — syncs and money movements included. A 1,000,000-row export needs 20,000
// calls, more than the 15,000 a window allows, so unpaced it would throttle the desk for its
// last quarter (and lose those rows' legs). Each call's answer is parsed in a turn of its own.
import { setTimeout as sleep } from 'node:timers/promises';
import { TRANSFER_IDS_PER_CALL } from '../paxos';
import type { Transfer } from '../../shared/paxos/responses';

/**
 * The export's share of the 50 req/s: 40, leaving 10 a second (3,000 a window) for the desk's
 * own polling, an operator's actions and a statement's legs while an export runs.
 */
export const EXPORT_LEGS_CALLS_PER_SECOND = 40;
/** Calls in flight at once: two keep the pace when one call takes longer than 25 ms. */
export const EXPORT_LEGS_CALLS_IN_FLIGHT = 2;

export type TransfersByIds = (ids: readonly string[]) => Promise<Transfer[] | undefined>;

/**
 * Spaces the starts of calls at least 1/perSecond apart (never a burst, so never over). Turns
 * are taken one after another, and each waits from the previous call's actual start: a timer
 * may fire a little early (libuv measures from the loop's cached time), so it waits again.
 */
export function callPacer(perSecond: number): () => Promise<void> {
  const intervalMs = perSecond === Infinity ? 0 : 1000 / perSecond;
  let nextAt = 0;
  let turns: Promise<void> = Promise.resolve();
  return () => {
    turns = turns.then(async () => {
      for (let wait = nextAt - performance.now(); wait > 0; wait = nextAt - performance.now())
        await sleep(wait);
      nextAt = performance.now() + intervalMs;
    });
    return turns;
  };
}

/**
 * The transfers with these ids, or undefined when any call could not be read (the page's rows
 * then say "not_read", as when one call for the whole page failed).
 */
export async function readLegs(
  ids: readonly string[],
  transfersByIds: TransfersByIds,
  pace: () => Promise<void>,
): Promise<Transfer[] | undefined> {
  const unique = [...new Set(ids)];
  const calls: string[][] = [];
  for (let from = 0; from < unique.length; from += TRANSFER_IDS_PER_CALL)
    calls.push(unique.slice(from, from + TRANSFER_IDS_PER_CALL));
  const found: Transfer[][] = [];
  let next = 0;
  let failed = false;
  const caller = async () => {
    while (!failed && next < calls.length) {
      const index = next++;
      await pace();
      const transfers = await transfersByIds(calls[index]!);
      if (transfers === undefined) failed = true;
      else found[index] = transfers;
    }
  };
  const callers = Math.min(EXPORT_LEGS_CALLS_IN_FLIGHT, calls.length);
  await Promise.all(Array.from({ length: callers }, caller));
  return failed ? undefined : found.flat();
}
