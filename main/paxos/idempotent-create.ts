// Creates are idempotent through the client's ref_id. The body is built once and every retry
// sends it again; when Paxos answers 409 Already Exists for our ref_id, the request went through
// earlier (perhaps on an attempt whose answer was lost), so the existing record is returned as
// a success, flagged `alreadyExisted`. The record comes from the problem's `meta.existing`, or
// is looked up by ref_id when the meta is absent. If the existing record is clearly a
// *different* request (another amount, asset or destination), that is a ref_id collision and
// is reported as already_exists, never as success.
import { isPaxosError, PaxosError } from './errors';

export interface Created<T> {
  record: T;
  alreadyExisted: boolean;
}

export interface IdempotentCreate<T> {
  what: string;
  refId: string;
  send: () => Promise<T>;
  /** Parses `meta.existing`; undefined when it is absent or unreadable. */
  readExisting: (existing: unknown) => T | undefined;
  lookup: () => Promise<T | undefined>;
  /** Returns why `existing` is not what we asked for, or undefined when it matches. */
  mismatch?: (existing: T) => string | undefined;
}

export async function createIdempotently<T>(spec: IdempotentCreate<T>): Promise<Created<T>> {
  try {
    return { record: await spec.send(), alreadyExisted: false };
  } catch (error) {
    if (!isPaxosError(error) || error.code !== 'already_exists') throw error;
    const existing = spec.readExisting(error.details?.existing) ?? (await lookupAfter409(spec));
    if (existing === undefined) {
      throw new PaxosError(
        'already_exists',
        `Paxos says a ${spec.what} with reference ${spec.refId} already exists, but it could not be found.`,
        { existing: null, refId: spec.refId },
        { status: 409 },
      );
    }
    const reason = spec.mismatch?.(existing);
    if (reason) {
      throw new PaxosError(
        'already_exists',
        `The reference ${spec.refId} is already used by a different ${spec.what} (${reason}). Nothing new was created.`,
        { existing: existing as unknown, refId: spec.refId, reason },
        { status: 409 },
      );
    }
    return { record: existing, alreadyExisted: true };
  }
}

/** Paxos could not be asked (or not now): the caller looks it up again when Paxos is back. */
const TRANSIENT = new Set(['network', 'timeout', 'unavailable', 'rate_limited']);

/**
 * The lookup after a 409 without its record. Paxos has said it holds our ref_id, so a lookup
 * that fails with an answer of its own (a 400 for a filter it will not combine, a 404) is not a
 * refusal of the request: it comes back as "exists, not found yet" (looked up again), never as
 * an error the outbox would take as Paxos refusing it and fail a request that went through.
 */
async function lookupAfter409<T>(spec: IdempotentCreate<T>): Promise<T | undefined> {
  try {
    return await spec.lookup();
  } catch (error) {
    if (isPaxosError(error) && TRANSIENT.has(error.code)) throw error;
    return undefined;
  }
}

export function tryParse<T>(parse: (value: unknown) => T, value: unknown): T | undefined {
  if (value === undefined || value === null) return undefined;
  try {
    return parse(value);
  } catch {
    return undefined;
  }
}
