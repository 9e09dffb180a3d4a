// Records to look at: an orchestration or rule in a status no Paxos document names (enums are
// open: Paxos may add one any day) that has not moved for UNKNOWN_STATUS_LOOK_AFTER_MS. Such a
// record is shown as Paxos wrote it and kept in flight (it may still end; Paxos says when), so
// nothing here changes what the desk does with it: this only tells the operator it may be stuck.
// Orchestrations with such a status are found through the status index (their codes are few).
import { RULE_STATUSES } from '../../shared/paxos/known-values';
import type { NeedsALook } from '../../shared/state';
import {
  orchestrationStatusMeaning,
  ruleStatusMeaning,
  UNKNOWN_STATUS_LOOK_AFTER_MS,
} from '../../shared/paxos/status-meanings';
import type { CachedRecord, PaxosRecord } from './store/cache/cache-records';
import type { CacheStore } from './store/cache/cache-store';

/** More than this many are summed up by the list itself: it is a prompt, not a report. */
const MAX_ITEMS = 50;

const text = (v: unknown) => (typeof v === 'string' && v ? v : undefined);

/** When Paxos last changed it, and whether that is longer ago than the look-after time. */
function stale(record: PaxosRecord, nowMs: number): { since?: string } | undefined {
  const since = text(record.updated_at) ?? text(record.created_at);
  const at = since === undefined ? Number.NaN : Date.parse(since);
  // No time at all: nothing says it ever moved, so it is looked at too.
  if (Number.isFinite(at) && nowMs - at < UNKNOWN_STATUS_LOOK_AFTER_MS) return undefined;
  return since === undefined ? {} : { since };
}

function item(
  collection: NeedsALook['collection'],
  record: PaxosRecord,
  nowMs: number,
): NeedsALook | undefined {
  const when = stale(record, nowMs);
  if (!when) return undefined;
  const status = text(record.status) ?? '';
  const what = collection === 'rules' ? 'This auto-redeem rule' : 'This orchestration';
  return {
    collection,
    id: record.id,
    status,
    ...when,
    message: `${what} has been in status "${status || '(none)'}" at Paxos${when.since ? ` since ${when.since}` : ''}, a status this version does not know. It is kept in flight; check it with Paxos.`,
  };
}

/** Not in the table, nor among the statuses the rules document lists (CANCELLED). */
const isUnknownRuleStatus = (status: string) =>
  ruleStatusMeaning(status).outcome === 'unknown' &&
  !(RULE_STATUSES as readonly string[]).includes(status);

export async function needsALook(
  cache: Pick<CacheStore, 'query'>,
  rules: readonly CachedRecord<'rules'>[],
  now: Date,
): Promise<NeedsALook[]> {
  const nowMs = now.getTime();
  const unknown = await cache.query(
    'orchestrations',
    { statusOutcomes: ['unknown'] },
    { limit: MAX_ITEMS },
  );
  const orchestrations = unknown.items
    .filter(
      ({ record }) =>
        orchestrationStatusMeaning((record.status ?? '').toUpperCase()).outcome === 'unknown',
    )
    .map(({ record }) => item('orchestrations', record, nowMs));
  const ruleItems = rules
    .filter(({ record }) => isUnknownRuleStatus((record.status ?? '').toUpperCase()))
    .map(({ record }) => item('rules', record, nowMs));
  return [...orchestrations, ...ruleItems]
    .filter((x): x is NeedsALook => x !== undefined)
    .slice(0, MAX_ITEMS);
}
