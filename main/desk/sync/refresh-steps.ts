// The Paxos reads of one sync cycle, each storing what it read in the cache. Their cost:
//  full refresh: profiles, balances per profile, bank accounts, rules, in-flight redemptions
//                (one list filtered by status), then the event step;
//  event step:   see event-step.ts.
// Every transition a step detects goes into `ctx.found` the moment it is stored, not in a return
// value: if a later call of the cycle fails, what was already stored is still announced.
import type { PaxosClient } from '../../paxos';
import type { Orchestration } from '../../../shared/paxos/responses';
import { balanceRecord, type PaxosRecord } from '../store/cache/cache-records';
import type { CacheStore } from '../store/cache/cache-store';
import { ownerNameOf } from '../views/to-views';
import { storeAndDetect, type StatusTransition } from './change-detector';
import type { EventCursor } from './event-cursor';

const HISTORY_PAGE = 1000;
/** Paxos objects keep every field they came with: each is already a record the cache takes. */
const asRecords = (items: readonly PaxosRecord[]): PaxosRecord[] => [...items];
export const chunks = <T>(items: readonly T[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, i * size + size),
  );

export interface StepContext {
  client: PaxosClient;
  cache: CacheStore;
  cursor: EventCursor;
  now: () => Date;
  /** False during the very first sync: history loaded then is not news. */
  newRecordsAreNews: boolean;
  /** Transitions stored so far this cycle (announced even if a later step fails). */
  found: StatusTransition[];
  /** Set by the event step when an event names a wire in or out (transfer.wire_deposit.*, .wire_withdrawal.*). */
  sawWireDeposits?: boolean;
}

export async function refreshProfilesAndBalances(
  ctx: StepContext,
  onlyProfiles?: readonly string[],
): Promise<void> {
  const at = ctx.now().toISOString();
  let profileIds = onlyProfiles;
  if (!profileIds) {
    const profiles = await ctx.client.listAllProfiles();
    await ctx.cache.replaceAll('profiles', asRecords(profiles), { fetchedAt: at, asOf: at });
    profileIds = profiles.map((p) => p.id);
  }
  for (const profileId of profileIds) {
    const balances = await ctx.client.listBalances(profileId);
    const records = balances.map((b) => balanceRecord(profileId, b));
    await ctx.cache.replaceAll('balances', records, {
      fetchedAt: at,
      asOf: at,
      scope: { profileId },
    });
  }
}

/**
 * The list answers an abbreviated account (no owner, last four digits): keep the owner named
 * by an earlier full answer (create, get) so the list does not forget who the account is for.
 */
export async function refreshFiatAccounts(ctx: StepContext): Promise<void> {
  const at = ctx.now().toISOString();
  const accounts = await ctx.client.listAllFiatAccounts({ limit: 1000 });
  const merged = [];
  for (const account of accounts) {
    // Paxos's list writes the missing owner as `{ "person_details": null }`: not a name.
    const known = ownerNameOf(account.fiat_account_owner)
      ? undefined
      : await ctx.cache.get('fiatAccounts', account.id);
    const owner = known?.record.fiat_account_owner;
    merged.push(ownerNameOf(owner) ? { ...account, fiat_account_owner: owner } : account);
  }
  const found = await storeAndDetect(ctx.cache, 'fiatAccounts', asRecords(merged), {
    newRecordsAreNews: false,
    fetchedAt: at,
    asOf: at,
    replaceAll: true,
  });
  ctx.found.push(...found);
}

/**
 * Rules have no events: the full list is read, and its status changes (PENDING → ACTIVE or
 * REJECTED: approval at Paxos) are reported like any other. A rule first seen is not news.
 */
export async function refreshRules(ctx: StepContext): Promise<void> {
  const at = ctx.now().toISOString();
  const rules = await ctx.client.listAllRules({ limit: 1000 });
  const found = await storeAndDetect(ctx.cache, 'rules', asRecords(rules), {
    newRecordsAreNews: false,
    fetchedAt: at,
    asOf: at,
    replaceAll: true,
  });
  ctx.found.push(...found);
}

/** Stores orchestrations and keeps the transitions found in `ctx.found`; returns them too. */
export async function storeOrchestrations(
  ctx: StepContext,
  items: readonly Orchestration[],
  news: boolean,
): Promise<StatusTransition[]> {
  const at = ctx.now().toISOString();
  const found = await storeAndDetect(ctx.cache, 'orchestrations', asRecords(items), {
    newRecordsAreNews: news,
    fetchedAt: at,
    asOf: at,
  });
  ctx.found.push(...found);
  return found;
}

/**
 * First start: the whole history once, stored page by page as it arrives (one transaction per
 * 1,000), so memory stays bounded whatever the history's size.
 */
export async function loadOrchestrationHistory(ctx: StepContext): Promise<void> {
  const startedAt = new Date(ctx.now().getTime() - 60_000).toISOString();
  let page: Orchestration[] = [];
  for await (const orchestration of ctx.client.iterateOrchestrations(
    { limit: HISTORY_PAGE },
    { maxPages: 100_000 },
  )) {
    page.push(orchestration);
    if (page.length >= HISTORY_PAGE) {
      await storeOrchestrations(ctx, page, false);
      page = [];
    }
  }
  if (page.length > 0) await storeOrchestrations(ctx, page, false);
  await ctx.cursor.advance([], { fallbackMark: startedAt });
}

/**
 * Everything Paxos has PENDING (awaiting approval) or PROCESSING (one call per 1,000), then, by id, whatever the cache still
 * holds as unfinished that was not in that list: a status this build does not know, or one
 * whose end was missed. Normally that second set is empty and costs nothing.
 */
export async function refreshInFlight(ctx: StepContext): Promise<void> {
  const processing = await ctx.client.listAllOrchestrations({
    status: ['PENDING', 'PROCESSING'],
    limit: 1000,
  });
  await storeOrchestrations(ctx, processing, ctx.newRecordsAreNews);
  const listed = new Set(processing.map((o) => o.id));
  const stragglers = ctx.cache.inFlightOrchestrationIds().filter((id) => !listed.has(id));
  for (const chunk of chunks(stragglers, 100)) {
    const page = await ctx.client.listOrchestrations({ orchestration_id: chunk, limit: 100 });
    await storeOrchestrations(ctx, page.items, true);
  }
}
