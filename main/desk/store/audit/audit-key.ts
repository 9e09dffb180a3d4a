// The audit log's key (issue 21, Deliver 6): 32 random bytes kept in the OS keychain, one per
// environment, beside the anchor. The database file cannot vouch for itself: anyone who can
// write it could edit an entry and recompute an unkeyed chain. With the key out of the file,
// they cannot. The keychain record also says from which entry on the chain is keyed (`from`),
// so a file that claims "these entries were never keyed" is not believed.
//
// What happens when:
// - a log that predates keying opens: a key is made, keying begins at the next entry; older
//   entries stay checked with the plain hash, and the first keyed entry seals them;
// - the key is in the keychain but the file is shorter than `from` (deleted, or an older copy
//   put back; the anchor reports that): keying begins again where the file ends;
// - the key is missing while the file says it was keyed (`audit.keyed_from` in meta): damage,
//   shown and holding sending until every request was checked with Paxos. A new key is made;
//   the entries keyed with the lost one are named in its record and no longer content-checked;
// - the keychain cannot be read (or the new key cannot be saved): damage for this run; the
//   keyed entries cannot be checked, and entries written now carry the plain hash, so a later
//   run with the key shows them as not matching (they cannot be told from forged ones).
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { DeskDatabase } from '../db/desk-database';
import { chainHash, keyedChainHash, type ChainHasher } from './audit-chain';

/** The keychain entry holding one environment's audit key. */
export interface AuditKeyStore {
  /** null when none was ever written; throws when the keychain cannot be read. */
  read(): Promise<string | null>;
  write(text: string): Promise<void>;
}

const AuditKeyRecordSchema = z.object({
  v: z.literal(1),
  key: z.string().regex(/^[0-9a-f]{64}$/),
  /** The first entry keyed with it. */
  from: z.number().int().min(0),
  /** Entries keyed with a key that went missing from the keychain before this one was made. */
  lost: z.object({ from: z.number().int().min(0), to: z.number().int().min(0) }).optional(),
});
type AuditKeyRecord = z.infer<typeof AuditKeyRecordSchema>;

/** How this run hashes and checks the chain. */
export interface AuditKeying {
  hasher: ChainHasher;
  /** Whether entries written now are keyed. */
  keyed: boolean;
  /** What the operator is told (damage: holds sending until every request is checked). */
  problem?: string;
}

/** Without a keychain (tests of the parts, tools): the plain chain, as before keying. */
export const UNKEYED: AuditKeying = {
  hasher: (_s, prev, json) => chainHash(prev, json),
  keyed: false,
};

const MARKER = 'audit.keyed_from';
// The first entry ever keyed in this file. MARKER moves with each new key, so after a key is
// lost twice it no longer says that the entries before it were keyed too (with the first lost
// key): checked with the plain hash they would read as forged. From here on nothing can be
// content-checked once a key is lost; the entries before it were never keyed.
const KEYED_SINCE = 'audit.keyed_since';

function hasherFor(record: AuditKeyRecord | undefined, uncheckedFrom?: number): ChainHasher {
  const key = record ? Buffer.from(record.key, 'hex') : undefined;
  return (seq, prev, json) => {
    if (record?.lost && seq >= record.lost.from && seq <= record.lost.to) return undefined;
    if (key && record && seq >= record.from) return keyedChainHash(key, prev, json);
    if (uncheckedFrom !== undefined && seq >= uncheckedFrom) return undefined;
    return chainHash(prev, json);
  };
}

function entryCount(db: DeskDatabase): number {
  return Number(db.get<{ n: number | null }>('SELECT max(seq) + 1 AS n FROM audit_log')?.n ?? 0);
}

function readMarker(db: DeskDatabase, marker = MARKER): number | undefined {
  const value = db.get<{ value: string }>('SELECT value FROM meta WHERE key = ?', marker)?.value;
  const from = value === undefined ? NaN : Number(value);
  return Number.isInteger(from) && from >= 0 ? from : undefined;
}

function writeMarker(db: DeskDatabase, from: number, marker = MARKER): void {
  try {
    db.run(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      marker,
      String(from),
    );
  } catch {
    // The keychain's record is what counts; the markers only name a lost key in words.
  }
}

/** Where keying first began: written once (a file keyed before it existed: on its next open). */
function noteKeyedSince(db: DeskDatabase, since: number | undefined, from: number): void {
  if (since === undefined || from < since) writeMarker(db, from, KEYED_SINCE);
}

function parseRecord(text: string): AuditKeyRecord | undefined {
  try {
    const parsed = AuditKeyRecordSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

const why = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** This run's keying, read from (or first made in) the keychain. Never throws. */
export async function loadAuditKeying(
  store: AuditKeyStore | undefined,
  db: DeskDatabase,
  random: (size: number) => Buffer = randomBytes,
): Promise<AuditKeying> {
  if (!store) return UNKEYED;
  const count = entryCount(db);
  const marked = readMarker(db);
  const since = readMarker(db, KEYED_SINCE);
  // Every entry keyed with any key, lost or not (a file that predates KEYED_SINCE: the marker).
  const keyedFrom = marked === undefined ? since : Math.min(marked, since ?? marked);
  const cannotCheck = (reason: string): AuditKeying => ({
    hasher: hasherFor(undefined, keyedFrom),
    keyed: false,
    problem: `${reason}${keyedFrom !== undefined && keyedFrom < count ? `: entries ${keyedFrom}–${count - 1} cannot be checked,` : ':'} and entries written now are not keyed.`,
  });
  let text: string | null;
  try {
    text = await store.read();
  } catch (error) {
    return cannotCheck(
      `the audit log's key cannot be read from the system keychain (${why(error)})`,
    );
  }
  const found = text === null ? undefined : parseRecord(text);
  if (text !== null && !found)
    return cannotCheck("the audit log's key in the system keychain is not readable");
  if (found) {
    let record = found;
    if (count < record.from) {
      // The file is shorter than where keying began: key from where it ends (never fewer).
      record = { ...record, from: count };
      await store.write(JSON.stringify(record)).catch(() => undefined);
    }
    if (marked !== record.from) writeMarker(db, record.from);
    noteKeyedSince(db, since, Math.min(record.from, record.lost?.from ?? record.from));
    return { hasher: hasherFor(record), keyed: true };
  }
  const lost =
    keyedFrom !== undefined && keyedFrom < count ? { from: keyedFrom, to: count - 1 } : undefined;
  const record: AuditKeyRecord = {
    v: 1,
    key: random(32).toString('hex'),
    from: count,
    ...(lost ? { lost } : {}),
  };
  try {
    await store.write(JSON.stringify(record));
  } catch (error) {
    return cannotCheck(
      `the audit log's key could not be saved in the system keychain (${why(error)})`,
    );
  }
  writeMarker(db, count);
  noteKeyedSince(db, since, lost?.from ?? count);
  return {
    hasher: hasherFor(record),
    keyed: true,
    ...(lost
      ? {
          problem: `the audit log's key is missing from the system keychain, but entries ${lost.from}–${lost.to} were keyed with it: they can no longer be proven unaltered. A new key protects the entries from ${count} on.`,
        }
      : {}),
  };
}
