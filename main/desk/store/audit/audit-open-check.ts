// The audit chain's check at open: from the checkpoint of the last clean walk (audit-
// checkpoint.ts), re-hashing the checkpoint's own entry, so opening costs what was written
// since. When that finds a problem the whole chain is walked, so what the operator is shown
// names every damaged entry (a recomputed chain shows first at its newest entry, but the edit
// may be far older). A clean walk moves the checkpoint.
import type { DeskDatabase } from '../db/desk-database';
import {
  rowIntact,
  verifyChain,
  type AuditVerification,
  type ChainHasher,
  type ChainRow,
  type ChainWalk,
} from './audit-chain';
import {
  readAuditCheckpoint,
  writeAuditCheckpoint,
  type AuditCheckpoint,
} from './audit-checkpoint';

const ALL_ROWS = 'SELECT seq, entry, prev_hash, hash FROM audit_log ORDER BY seq';

/** Walks the whole chain. */
export function walkWholeChain(db: DeskDatabase, hasher: ChainHasher): ChainWalk {
  return verifyChain(db.iterate<ChainRow>(ALL_ROWS), undefined, hasher);
}

export function checkChainAtOpen(db: DeskDatabase, hasher: ChainHasher): AuditVerification {
  const checkpoint = readAuditCheckpoint(db);
  let walk = checkpoint ? walkFrom(db, checkpoint, hasher) : walkWholeChain(db, hasher);
  if (!walk.ok && checkpoint) {
    const whole = walkWholeChain(db, hasher);
    // The checkpoint's own finding stays (a removed or rewritten entry it vouched for).
    const problems = [...whole.problems];
    for (const p of walk.problems)
      if (!problems.some((q) => q.seq === p.seq && q.problem === p.problem)) problems.push(p);
    walk = { ...whole, ok: false, problems: problems.slice(0, 20) };
  }
  if (walk.ok && walk.lastSeq >= 0 && walk.lastSeq !== checkpoint?.seq) {
    try {
      writeAuditCheckpoint(db, { seq: walk.lastSeq, hash: walk.lastHash });
    } catch {
      // Not moving it only costs a longer walk at the next open.
    }
  }
  return { ok: walk.ok, checked: walk.checked, problems: walk.problems };
}

function walkFrom(db: DeskDatabase, checkpoint: AuditCheckpoint, hasher: ChainHasher): ChainWalk {
  const row = db.get<ChainRow>(
    'SELECT seq, entry, prev_hash, hash FROM audit_log WHERE seq = ?',
    checkpoint.seq,
  );
  const own: { seq: number; problem: string }[] = [];
  if (!row) own.push({ seq: checkpoint.seq, problem: 'an entry verified before is missing' });
  else if (row.hash !== checkpoint.hash || !rowIntact(row, hasher))
    own.push({ seq: checkpoint.seq, problem: 'changed since it was verified' });
  const after = verifyChain(
    db.iterate<ChainRow>(
      'SELECT seq, entry, prev_hash, hash FROM audit_log WHERE seq > ? ORDER BY seq',
      checkpoint.seq,
    ),
    { seq: checkpoint.seq + 1, prevHash: checkpoint.hash },
    hasher,
  );
  const problems = [...own, ...after.problems].slice(0, 20);
  return { ...after, ok: problems.length === 0, checked: after.checked + 1, problems };
}
