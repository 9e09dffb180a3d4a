// One environment's database: <envDir>/desk.sqlite, through Node's own SQLite (node:sqlite,
// built into the Node that Electron embeds: no native module to rebuild). WAL with
// synchronous=FULL: a commit is on disk when it returns. The API is synchronous, so a
// transaction is a plain function that cannot interleave with any other write.
// Opening checks the small tables (quick_check: CHECKED_AT_OPEN); the whole file is checked on a
// worker (background-check.ts) every send waits for. A damaged file is copied aside and opening
// goes on with `damage` set: no sending until every intent has been checked with Paxos. A file
// SQLite cannot read at all is moved aside and a new one started.
import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import { AppError } from '../../../../shared/app-error';
import { SCHEMA_VERSION, migrations } from './schema-migrations';
import { copyAside, moveAside } from './set-aside';
import type { StorageFaults } from './storage-faults';

export const DATABASE_FILE = 'desk.sqlite';
/** WAL pages (8 KiB) a run of bulk cache writes may pile up before a checkpoint: 400 MiB. */
const BULK_WAL_PAGES = 50_000;

export interface DatabaseDamage {
  /** What opening found, in words for support (first few quick_check lines). */
  problems: string[];
  /** Where the damaged file was copied (or moved) for support. */
  keptAt: string;
  /** True when the file could not be opened at all and a new, empty one was started. */
  replaced: boolean;
}

export interface DatabaseOptions {
  faults?: StorageFaults;
  now?: () => Date;
}

export class DeskDatabase {
  private readonly statements = new Map<string, StatementSync>();
  private depth = 0;
  /** Write statements run so far (tests and benchmarks: "wrote nothing" is 0 more). */
  writes = 0;
  damage: DatabaseDamage | undefined;
  onWriteEnded: ((error: unknown) => void) | undefined; // see `ended`
  private readonly afterClose: (() => void)[] = [];

  private constructor(
    readonly path: string,
    private readonly db: DatabaseSync,
    private readonly faults: StorageFaults | undefined,
  ) {}

  /** The database of an environment's folder (<envDir>/desk.sqlite), as it is: no carry-over. */
  static openIn(envDir: string, options: DatabaseOptions = {}): DeskDatabase {
    return DeskDatabase.open(join(envDir, DATABASE_FILE), options);
  }

  static open(path: string, options: DatabaseOptions = {}): DeskDatabase {
    const now = options.now ?? (() => new Date());
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    // Created by us first so the file (and SQLite's -wal/-shm, which copy its mode) is private.
    if (!existsSync(path)) closeSync(openSync(path, 'a', 0o600));
    let problems: string[];
    let db: DatabaseSync;
    try {
      db = openConnection(path);
      problems = quickCheck(db);
    } catch (error) {
      const keptAt = moveAside(path, now());
      closeSync(openSync(path, 'a', 0o600));
      const fresh = new DeskDatabase(path, openConnection(path), options.faults);
      fresh.damage = { problems: [describe(error)], keptAt, replaced: true };
      fresh.migrate();
      return fresh;
    }
    const database = new DeskDatabase(path, db, options.faults);
    if (problems.length > 0)
      database.damage = { problems, keptAt: copyAside(path, now()), replaced: false };
    const migrated = database.migrate();
    // A process that was killed never checkpointed: fold its WAL into the file now, so the WAL
    // (which every open and read walks) stays short. PASSIVE: never waits for another connection.
    // After a migration (which may have rewritten the whole cache) the WAL is also emptied.
    try {
      db.exec(`PRAGMA wal_checkpoint(${migrated ? 'TRUNCATE' : 'PASSIVE'})`);
    } catch {
      // busy: the next open or the automatic checkpoint does it
    }
    return database;
  }

  /** A write (INSERT, UPDATE, DELETE): the fault hook is asked first. */
  run(
    sql: string,
    ...params: SQLInputValue[]
  ): { changes: number | bigint; lastInsertRowid: number | bigint } {
    const write = () => {
      this.faults?.before('write', sql);
      this.writes += 1;
      return this.statement(sql).run(...params);
    };
    return this.depth > 0 ? write() : this.ended(write);
  }

  get<T>(sql: string, ...params: SQLInputValue[]): T | undefined {
    return this.statement(sql).get(...params) as T | undefined;
  }

  all<T>(sql: string, ...params: SQLInputValue[]): T[] {
    return this.statement(sql).all(...params) as T[];
  }

  iterate<T>(sql: string, ...params: SQLInputValue[]): IterableIterator<T> {
    return this.statement(sql).iterate(...params) as IterableIterator<T>;
  }

  /**
   * Runs `fn` in one transaction: all of it commits, or (if it throws, or the commit fails)
   * none of it. Nested calls join the outer transaction through a savepoint.
   */
  transaction<T>(fn: () => T, options: { durable?: boolean; bulk?: boolean } = {}): T {
    if (options.durable === false && this.depth === 0) {
      // Refetchable data (the cache): the commit is not fsynced by itself; the next durable
      // commit fsyncs the WAL, which holds this one before it, so order is never lost.
      // A bulk write (a page of history) checkpoints only once the WAL holds BULK_WAL_PAGES:
      // a page of history dirties thousands of id-key leaves, so SQLite's 1,000 meant a
      // checkpoint (copy back, two fsyncs) after every page; a longer WAL copies each leaf back
      // once for many pages. The next ordinary commit checkpoints at 1,000 pages as before.
      this.db.exec(
        `PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = ${options.bulk ? BULK_WAL_PAGES : 1000}`,
      );
      try {
        return this.transaction(fn);
      } finally {
        this.db.exec('PRAGMA synchronous = FULL; PRAGMA wal_autocheckpoint = 1000');
      }
    }
    if (this.depth > 0) {
      const name = `sp${this.depth}`;
      this.db.exec(`SAVEPOINT ${name}`);
      this.depth += 1;
      try {
        const result = fn();
        this.db.exec(`RELEASE ${name}`);
        return result;
      } catch (error) {
        this.db.exec(`ROLLBACK TO ${name}; RELEASE ${name}`);
        throw error;
      } finally {
        this.depth -= 1;
      }
    }
    return this.ended(() => {
      this.db.exec('BEGIN IMMEDIATE');
      this.depth = 1;
      try {
        const result = fn();
        this.faults?.before('commit');
        this.db.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.db.isTransaction) this.db.exec('ROLLBACK');
        throw error;
      } finally {
        this.depth = 0;
      }
    });
  }

  /** Runs a top-level write; `onWriteEnded` (storage-writes.ts) learns how it ended. */
  private ended<T>(write: () => T): T {
    try {
      const result = write();
      this.onWriteEnded?.(undefined);
      return result;
    } catch (error) {
      this.onWriteEnded?.(error);
      throw error;
    }
  }

  exec(sql: string): void {
    this.db.exec(sql);
  }

  /** Found later (the background check of the whole file): copy aside, and report. */
  reportDamage(problems: string[], now: Date): DatabaseDamage {
    this.damage = {
      problems: problems.slice(0, 20),
      keptAt: copyAside(this.path, now),
      replaced: false,
    };
    return this.damage;
  }

  get isOpen(): boolean {
    return this.db.isOpen;
  }

  /** Runs once the connection is closed: the folder lock is released with the file. */
  onClose(release: () => void): void {
    this.afterClose.push(release);
  }

  close(): void {
    if (!this.db.isOpen) return;
    this.statements.clear();
    this.db.close();
    for (const release of this.afterClose.splice(0)) release();
  }

  private statement(sql: string): StatementSync {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /** Runs the migrations this file has not had; true when any ran. */
  private migrate(): boolean {
    const version = Number(
      this.get<{ user_version: number }>('PRAGMA user_version')?.user_version ?? 0,
    );
    if (version > SCHEMA_VERSION) {
      throw new AppError(
        'internal',
        'This data folder was written by a newer Treasury Desk. Install the newer version to open it.',
        { version },
      );
    }
    for (let v = version; v < SCHEMA_VERSION; v += 1) {
      this.transaction(() => {
        migrations[v]!(this.db);
        this.db.exec(`PRAGMA user_version = ${v + 1}`);
      });
    }
    return version < SCHEMA_VERSION;
  }
}

function openConnection(path: string): DatabaseSync {
  const db = new DatabaseSync(path);
  try {
    // 8 KiB pages (new files only): an orchestration row (~0.8 KB) fills them; 4 KiB held four.
    // A 64 MiB page cache (native memory, not JS heap; filled only as pages are read): the id
    // keys are random, so each page of history touches leaves all over that B-tree, and with
    // 16 MiB those were read back from the file on every page (the 4,000,000 id keys of
    // 1,000,000 orchestrations alone, in pages of 1,000: 62 s of CPU with 16 MiB, 44 s with 64).
    // After a checkpoint the WAL restarts and its file is cut back to 64 MiB (a bulk load
    // grows it: see `transaction`).
    db.exec(
      'PRAGMA page_size = 8192; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; PRAGMA trusted_schema = OFF; PRAGMA cache_size = -65536; PRAGMA journal_size_limit = 67108864;',
    );
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

// The small tables, checked at every open. Not the two that grow with the years (read whole,
// from disk out of the OS cache): opening reads them by keys and index ranges, and the whole-file
// check on a worker reads all of them before anything is sent (every flush waits: send-loop.ts);
// damage it finds holds sending and is shown (damage-hold.ts). The audit log (109 MB after years)
// is verified from its anchored checkpoint (audit-open-check.ts); of the intents (~30 MB), those
// not ended or ended within a day are read, each verified by its checksum.
const CHECKED_AT_OPEN = [
  'meta',
  'intents_damaged',
  'notification_ledger',
  'event_cursor',
  'cache_records',
  'cache_as_of',
  'cache_terms',
  'orchestration_count',
];

/** quick_check's complaints about those tables (none when sound); at most 20 for the report. */
function quickCheck(db: DatabaseSync): string[] {
  const present = new Set(
    (
      db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]
    ).map((r) => r.name),
  );
  const problems: string[] = [];
  for (const table of CHECKED_AT_OPEN.filter((t) => present.has(t))) {
    const lines = (
      db.prepare(`PRAGMA quick_check(${table})`).all() as { quick_check: string }[]
    ).map((r) => String(r.quick_check));
    if (!(lines.length === 1 && lines[0] === 'ok'))
      problems.push(...lines.map((l) => `${table}: ${l}`));
  }
  return problems.slice(0, 20);
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** SQLite's "this file is damaged" (SQLITE_CORRUPT, SQLITE_NOTADB), as node:sqlite reports it. */
export function isCorruption(error: unknown): boolean {
  const errcode = (error as { errcode?: unknown } | undefined)?.errcode;
  return typeof errcode === 'number' && ((errcode & 0xff) === 11 || (errcode & 0xff) === 26);
}
