// The audit log of operator actions, one per environment, in the environment's database.
// Entries are never rewritten and each is hash-chained to the one before (audit-chain.ts),
// keyed with a key from the OS keychain (audit-key.ts); the chain is verified at open
// (audit-open-check.ts) and the result kept in `verification`: damage is shown, never cut
// away. `verify()` walks it all. `appendNow` joins the caller's transaction, so an intent's
// state change and its audit entry commit together or not at all.
import { AppError } from '../../../../shared/app-error';
import type { EnvironmentKind } from '../../../../shared/environment';
import { DeskDatabase } from '../db/desk-database';
import { environmentDir } from '../environment-dir';
import {
  GENESIS_HASH,
  chainHash,
  rowIntact,
  safeJson,
  type AuditVerification,
  type ChainRow,
} from './audit-chain';
import { UNKEYED, type AuditKeying } from './audit-key';
import { checkChainAtOpen, walkWholeChain } from './audit-open-check';
import {
  AuditRecordSchema,
  StoredAuditEntrySchema,
  type AuditEntry,
  type AuditRecord,
} from './audit-entry';
import { sanitizeAuditDetails } from './audit-sanitizer';

export type { AuditVerification } from './audit-chain';

export interface AuditLogOptions {
  dataDir: string;
  environment: EnvironmentKind;
  /** OS user name, injected by the shell (os.userInfo().username). */
  user: string;
  now?: () => Date;
  /** How entries are hashed and checked (audit-key.ts); unkeyed without it. */
  keying?: AuditKeying;
}

export interface AuditPage {
  entries: AuditEntry[];
  /** Pass as `before` for the next (older) page; absent on the last page. */
  nextBefore?: number;
}

const MAX_PAGE = 500;

export class AuditLog {
  readonly verification: AuditVerification;
  private readonly keying: AuditKeying;

  constructor(
    private readonly db: DeskDatabase,
    private readonly options: Omit<AuditLogOptions, 'dataDir'>,
    private readonly ownsDb = false,
  ) {
    this.keying = options.keying ?? UNKEYED;
    this.verification = checkChainAtOpen(db, this.keying.hasher);
  }

  static async open(options: AuditLogOptions): Promise<AuditLog> {
    const db = DeskDatabase.openIn(environmentDir(options.dataDir, options.environment));
    return new AuditLog(db, options, true);
  }

  /** The last entry's seq and hash (seq -1 for an empty log): the position the anchor keeps. */
  head(): { seq: number; hash: string } {
    const row = this.db.get<{ seq: number; hash: string }>(
      'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1',
    );
    return row ? { seq: Number(row.seq), hash: row.hash } : { seq: -1, hash: '' };
  }

  /** The hash of the entry at `seq`, or undefined when there is none. */
  hashAt(seq: number): string | undefined {
    return this.db.get<{ hash: string }>('SELECT hash FROM audit_log WHERE seq = ?', seq)?.hash;
  }

  get count(): number {
    return Number(
      this.db.get<{ n: number | null }>('SELECT max(seq) + 1 AS n FROM audit_log')?.n ?? 0,
    );
  }

  /** Durable: resolves after the entry is committed. Details are sanitised first. */
  append(record: AuditRecord): Promise<AuditEntry> {
    try {
      return Promise.resolve(this.db.transaction(() => this.appendNow(record)));
    } catch (error) {
      return Promise.reject(
        error instanceof AppError
          ? error
          : new AppError('internal', 'The audit log could not be written.', {
              cause: String(error),
            }),
      );
    }
  }

  /** Writes one entry inside the caller's transaction (throws if it cannot be written). */
  appendNow(record: AuditRecord): AuditEntry {
    const parsed = AuditRecordSchema.safeParse(record);
    if (!parsed.success) {
      throw new AppError('internal', 'An audit entry was malformed and was not recorded.', {
        field: String(parsed.error.issues[0]?.path[0] ?? ''),
      });
    }
    const { action, outcome, refId, details } = parsed.data;
    const last = this.db.get<{ seq: number; hash: string }>(
      'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1',
    );
    const entry: AuditEntry = {
      seq: last ? last.seq + 1 : 0,
      at: (this.options.now?.() ?? new Date()).toISOString(),
      user: this.options.user,
      action,
      environment: this.options.environment,
      ...(refId === undefined ? {} : { refId }),
      outcome,
    };
    if (details !== undefined) {
      const clean = sanitizeAuditDetails(details);
      entry.details = clean.details;
      if (clean.redacted.length > 0) entry.redacted = clean.redacted;
    }
    this.insert(entry, last?.hash ?? GENESIS_HASH);
    return entry;
  }

  /** Newest first. `before`: nextBefore of the previous page (entries with a smaller seq). */
  page({ before, limit }: { before?: number; limit: number }): Promise<AuditPage> {
    const take = Math.min(Math.max(1, Math.floor(limit)), MAX_PAGE);
    const rows = this.db.all<ChainRow>(
      'SELECT seq, entry, prev_hash, hash FROM audit_log WHERE seq < ? ORDER BY seq DESC LIMIT ?',
      before ?? Number.MAX_SAFE_INTEGER,
      take + 1,
    );
    const entries = rows.slice(0, take).map((row) => this.readable(row));
    const last = entries.at(-1);
    return Promise.resolve(
      rows.length > take && last ? { entries, nextBefore: last.seq } : { entries },
    );
  }

  /** Re-walks the whole chain (the Settings screen's "verify"). */
  verify(): AuditVerification {
    const { ok, checked, problems } = walkWholeChain(this.db, this.keying.hasher);
    return { ok, checked, problems };
  }

  async close(): Promise<void> {
    if (this.ownsDb) this.db.close();
  }

  /** Used by the 0.1.0 importer too: entries keep their seq and time. */
  insert(entry: AuditEntry, prevHash: string): void {
    const json = JSON.stringify(entry);
    // A run that cannot read the key writes the plain hash (audit-key.ts says what follows).
    const hash = this.keying.hasher(entry.seq, prevHash, json) ?? chainHash(prevHash, json);
    this.db.run(
      'INSERT INTO audit_log (seq, entry, prev_hash, hash) VALUES (?, ?, ?, ?)',
      entry.seq,
      json,
      prevHash,
      hash,
    );
  }

  /** A damaged entry is shown as such, with what is left of it, never dropped. */
  private readable(row: ChainRow): AuditEntry {
    const parsed = StoredAuditEntrySchema.safeParse(safeJson(row.entry));
    const intact = parsed.success && rowIntact(row, this.keying.hasher);
    if (parsed.success && intact) return { ...parsed.data, seq: row.seq } as AuditEntry;
    return {
      seq: row.seq,
      at: parsed.success ? parsed.data.at : '',
      user: parsed.success ? parsed.data.user : '',
      action: 'audit.damaged',
      environment: this.options.environment,
      outcome: 'info',
      details: {
        problem:
          'This entry does not match its hash: it was changed or damaged after it was written.',
        stored: row.entry.slice(0, 2000),
      },
    };
  }
}
