// The audit log's hash chain: each entry's hash covers the previous hash and the entry's own
// JSON, so changing, removing or reordering any entry breaks every link after it.
import { createHash } from 'node:crypto';
import { StoredAuditEntrySchema } from './audit-entry';

/** The "previous hash" of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export function chainHash(prevHash: string, entryJson: string): string {
  return createHash('sha256').update(prevHash).update('\n').update(entryJson).digest('hex');
}

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

/**
 * Walks the rows in seq order (all of them, or those after `start`); memory stays constant
 * whatever the log's length. `lastHash` is the hash of the last row walked.
 */
export function verifyChain(
  rows: Iterable<ChainRow>,
  start: ChainStart = { seq: 0, prevHash: GENESIS_HASH },
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
    if (chainHash(row.prev_hash, row.entry) !== row.hash)
      note(row.seq, 'content does not match its hash');
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
