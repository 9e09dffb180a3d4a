// What an orchestration's status means to the operator, as shared/paxos/status-meanings.ts says
// (2026-07 document), read case-insensitively. PENDING_APPROVAL, the word of an unreleased docs
// preview, means what the document calls PENDING. A status no document names keeps its meaning's
// fallback: shown as Paxos wrote it, still in flight.
import {
  ORCHESTRATION_STATUS_MEANINGS,
  orchestrationStatusMeaning,
  type StatusMeaning,
} from '../../../shared/paxos/status-meanings';

const ALIASES: Readonly<Record<string, string>> = { PENDING_APPROVAL: 'PENDING' };

export function orchestrationMeaning(status: string): StatusMeaning {
  const upper = status.toUpperCase();
  const known = ALIASES[upper] ?? upper;
  return Object.hasOwn(ORCHESTRATION_STATUS_MEANINGS, known)
    ? orchestrationStatusMeaning(known)
    : orchestrationStatusMeaning(status);
}

/** No more changes will come: it leaves "in flight" (COMPLETED, FAILED, REJECTED). */
export const orchestrationEnded = (status: string): boolean =>
  orchestrationMeaning(status).terminal;
