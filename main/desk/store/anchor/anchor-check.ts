// Holds the database found at open against the anchor kept outside it. Going back in time (a
// lost WAL tail, an older copy restored, the file deleted) is damage: the database is "behind".
// A database AHEAD of the anchor is normal (a crash between a commit and the anchor's write).
import type { AnchoredIntent, AnchorRecord } from './anchor-record';

/** What the database says about itself, for the comparison. */
export interface DatabaseFacts {
  /** Its last audit entry's seq (-1 for none) and the hash at a given seq (undefined if absent). */
  auditSeq: number;
  auditHashAt(seq: number): string | undefined;
  /** Its intents' states by ref_id. */
  intentStates: ReadonlyMap<string, string>;
}

export type AnchorFinding =
  | { behind: false }
  | {
      behind: true;
      /** What happened, in words for the operator. */
      reason: string;
      /** Open at the anchor, absent from the database: named, then looked up at Paxos. */
      missing: AnchoredIntent[];
    };

export function checkAgainstAnchor(anchor: AnchorRecord, db: DatabaseFacts): AnchorFinding {
  if (anchor.auditSeq < 0) return { behind: false };
  const missing = anchor.open.filter((intent) => !db.intentStates.has(intent.refId));
  if (db.auditSeq < 0)
    return {
      behind: true,
      reason: `The local database is empty, but this desk had recorded ${anchor.auditSeq + 1} entries (it was deleted or replaced).`,
      missing,
    };
  if (db.auditSeq < anchor.auditSeq)
    return {
      behind: true,
      reason: `The local database went back in time: it ends at entry ${db.auditSeq}, but this desk had reached entry ${anchor.auditSeq} (a lost write or an older copy restored).`,
      missing,
    };
  if (db.auditHashAt(anchor.auditSeq) !== anchor.auditHash)
    return {
      behind: true,
      reason: `The local database's history differs from what this desk recorded at entry ${anchor.auditSeq} (an older or another copy, or a rewritten log).`,
      missing,
    };
  return { behind: false };
}
