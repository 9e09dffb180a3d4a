import type { OrchestrationKind } from '../../../../shared/paxos/orchestration-kind';
import type { StatusOutcome } from '../../../../shared/paxos/status-meanings';

// What a cache query may ask for. Every field maps to an indexed column of the orchestrations
// table (see orchestration-query.ts); the small collections, held in memory, use the first four.
export interface RecordFilter {
  /** One status or any of several; compared case-insensitively (Paxos enums are open). */
  status?: string | readonly string[];
  refId?: string;
  ruleId?: string;
  profileId?: string;
  /** Orchestrations only: a status meaning any of these (shared/paxos/status-meanings.ts). */
  statusOutcomes?: readonly StatusOutcome[];
  /** Orchestrations only: doing any of these (shared/paxos/orchestration-kind.ts). Not indexed. */
  kinds?: readonly OrchestrationKind[];
  /** Orchestrations only: source asset, any of these (case-insensitive). */
  assets?: readonly string[];
  /** Orchestrations only: started from the app (no auto-redeem rule). */
  adhoc?: boolean;
  /** Orchestrations only: created_at range, ISO times, inclusive. */
  from?: string;
  to?: string;
  /** Orchestrations only: still in flight, or changed at or after this ISO time. */
  inFlightOrChangedSince?: string;
  /** Orchestrations only: search (2+ characters) over the searchable words; or any of these ids. */
  search?: {
    text: string;
    bankAccountIds?: readonly string[];
    ruleIds?: readonly string[];
    /** Profiles whose nickname matched the text (the list's Profile column). */
    profileIds?: readonly string[];
    /** A bank account created within a time range (epoch ms, from inclusive, before exclusive):
     *  a renamed account matches under the label it had when each redemption was created. */
    bankAccountSpans?: readonly { id: string; fromMs?: number; beforeMs?: number }[];
  };
}

export interface PageRequest {
  limit?: number;
  /** From the previous page's nextCursor. */
  cursor?: string;
}

export function matchesSmall(record: Record<string, unknown>, filter: RecordFilter): boolean {
  if (filter.status !== undefined) {
    const wanted = (typeof filter.status === 'string' ? [filter.status] : filter.status).map((s) =>
      s.toUpperCase(),
    );
    if (!wanted.includes(String(record.status ?? '').toUpperCase())) return false;
  }
  if (filter.refId !== undefined && record.ref_id !== filter.refId) return false;
  if (filter.ruleId !== undefined && record.orchestration_rule_id !== filter.ruleId) return false;
  return filter.profileId === undefined || record.profile_id === filter.profileId;
}
