// The audit log's hash chain: each entry's hash covers the previous hash and the entry's own
// JSON, so changing, removing or reordering any entry breaks every link after it. From the
// position where keying began (audit-key.ts) the hash is an HMAC with a key kept in the OS
// keychain: someone holding only the database file can edit an entry but cannot recompute the
// chain after it. Entries written before keying began keep the plain hash, and the first keyed
// entry seals them (its HMAC covers the hash of the entry before it).
import { createHash, createHmac } from 'node:crypto';
import { StoredAuditEntrySchema } from './audit-entry';

/** The "previous hash" of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** The unkeyed hash: entries written before keying began (and logs opened without a key). */
export function chainHash(prevHash: string, entryJson: string): string {
  return createHash('sha256').update(prevHash).update('\n').update(entryJson).digest('hex');
}

/** The keyed hash: HMAC-SHA256 with this environment's audit key. */
export function keyedChainHash(key: Buffer, prevHash: string, entryJson: string): string {
  return createHmac('sha256', key).update(prevHash).update('\n').update(entryJson).digest('hex');
}

/**
 * The hash the entry at `seq` must carry; undefined when it cannot be checked this run (its key
 * was lost, or cannot be read): its links are still checked, its content is not.
 */
export type ChainHasher = (seq: number, prevHash: string, entryJson: string) => string | undefined;

export const unkeyedHasher: ChainHasher = (_seq, prevHash, entryJson) =>
  chainHash(prevHash, entryJson);

export interface AuditVerification {
  ok: boolean;
  /** Entries read. */
  checked: number;
  /** The first problems found (seq and what is wrong), at most 20. */
  problems: { seq: number; problem: string }[];
}

export interface ChainRow {
  seq: number;
  entry: string;
  prev_hash: string;
  hash: string;
}

/** A verification, with where the walk ended (seq -1 and the start's hash when it read nothing). */
export type ChainWalk = AuditVerification & { lastSeq: number; lastHash: string };

/** Where a walk starts: the first entry's seq and the hash it must follow. */
export interface ChainStart {
  seq: number;
  prevHash: string;
}

/** Whether a row's content matches its hash (true when it cannot be checked this run). */
export function rowIntact(row: ChainRow, hasher: ChainHasher): boolean {
  const expected = hasher(row.seq, row.prev_hash, row.entry);
  return expected === undefined || expected === row.hash;
}

/**
 * Walks the rows in seq order (all of them, or those after `start`); memory stays constant
 * whatever the log's length. `lastHash` is the hash of the last row walked.
 */
export function verifyChain(
  rows: Iterable<ChainRow>,
  start: ChainStart = { seq: 0, prevHash: GENESIS_HASH },
  hasher: ChainHasher = unkeyedHasher,
): ChainWalk {
  const problems: { seq: number; problem: string }[] = [];
  const note = (seq: number, problem: string) => {
    if (problems.length < 20) problems.push({ seq, problem });
  };
  let expectedPrev = start.prevHash;
  let expectedSeq = start.seq;
  let checked = 0;
  for (const row of rows) {
    checked += 1;
    if (row.seq !== expectedSeq) note(row.seq, `entry ${expectedSeq} is missing`);
    if (row.prev_hash !== expectedPrev) note(row.seq, 'does not follow the entry before it');
    if (!rowIntact(row, hasher)) note(row.seq, 'content does not match its hash');
    const parsed = StoredAuditEntrySchema.safeParse(safeJson(row.entry));
    if (!parsed.success) note(row.seq, 'unreadable');
    else if (parsed.data.seq !== row.seq) note(row.seq, 'position does not match');
    expectedPrev = row.hash;
    expectedSeq = row.seq + 1;
  }
  return {
    ok: problems.length === 0,
    checked,
    problems,
    lastHash: expectedPrev,
    lastSeq: expectedSeq - 1,
  };
}

export function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
