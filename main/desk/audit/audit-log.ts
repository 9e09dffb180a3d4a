// The append-only audit log of operator actions, one per environment
// (<dataDir>/<environment>/audit/audit.jsonl). Every append is fsynced before it resolves;
// lines are never rewritten. Memory keeps only each line's offset and length, so a page
// (newest first) costs one read however long the log grows.
import { open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { AppError } from '../../../shared/app-error';
import type { EnvironmentKind } from '../../../shared/environment';
import { environmentDir } from '../store/environment-dir';
import { PRIVATE_FILE_MODE, ensurePrivateDir, fsyncDirectory, storageError } from '../store/journal/durable-fs';
import { JournalFile } from '../store/journal/journal-file';
import { scanCompleteLines } from '../store/journal/line-scanner';
import { SerialQueue } from '../store/journal/serial-queue';
import { AuditRecordSchema, StoredAuditEntrySchema, type AuditEntry, type AuditRecord } from './audit-entry';
import { sanitizeAuditDetails } from './audit-sanitizer';

export interface AuditLogOptions {
  dataDir: string;
  environment: EnvironmentKind;
  /** OS user name, injected by the shell (os.userInfo().username). */
  user: string;
  now?: () => Date;
}

export interface AuditPage {
  entries: AuditEntry[];
  /** Pass as `before` for the next (older) page; absent on the last page. */
  nextBefore?: number;
}

const MAX_PAGE = 500;

export class AuditLog {
  private readonly queue = new SerialQueue();

  private constructor(
    private readonly file: JournalFile,
    private readonly offsets: number[],
    private readonly lengths: number[],
    private readonly options: AuditLogOptions,
  ) {}

  static async open(options: AuditLogOptions): Promise<AuditLog> {
    const path = join(environmentDir(options.dataDir, options.environment), 'audit', 'audit.jsonl');
    await ensurePrivateDir(dirname(path));
    const handle = await open(path, 'a+', PRIVATE_FILE_MODE);
    try {
      await fsyncDirectory(dirname(path));
      const offsets: number[] = [];
      const lengths: number[] = [];
      let validBytes = 0;
      const scan = await scanCompleteLines(handle, (line, offset, length) => {
        if (!StoredAuditEntrySchema.safeParse(safeJson(line)).success) return;
        offsets.push(offset);
        lengths.push(length);
        validBytes = offset + length;
      });
      // Cut a torn (or unreadable) tail so the next entry starts on a clean line.
      if (scan.totalBytes > validBytes) {
        await handle.truncate(validBytes);
        await handle.sync();
      }
      return new AuditLog(new JournalFile(path, handle, validBytes), offsets, lengths, options);
    } catch (error) {
      await handle.close();
      throw storageError('open', path, error);
    }
  }

  get count(): number {
    return this.offsets.length;
  }

  /** Durable: resolves after the entry is fsynced. Details are sanitised first. */
  append(record: AuditRecord): Promise<AuditEntry> {
    const parsed = AuditRecordSchema.safeParse(record);
    if (!parsed.success) {
      return Promise.reject(new AppError('internal', 'An audit entry was malformed and was not recorded.', { field: String(parsed.error.issues[0]?.path[0] ?? '') }));
    }
    const { action, outcome, refId, details } = parsed.data;
    return this.queue.run(async () => {
      const entry: AuditEntry = {
        seq: this.offsets.length,
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
      const line = Buffer.from(`${JSON.stringify(entry)}\n`, 'utf8');
      const offset = await this.file.append(line, true);
      this.offsets.push(offset);
      this.lengths.push(line.length);
      return entry;
    });
  }

  /** Newest first. `before`: nextBefore of the previous page (entries with a smaller seq). */
  page({ before, limit }: { before?: number; limit: number }): Promise<AuditPage> {
    return this.queue.run(async () => {
      const end = Math.min(before ?? this.offsets.length, this.offsets.length);
      const start = Math.max(0, end - Math.min(Math.max(1, Math.floor(limit)), MAX_PAGE));
      if (end <= start) return { entries: [] };
      const first = this.offsets[start]!;
      const last = end - 1;
      const bytes = await this.file.read(first, this.offsets[last]! + this.lengths[last]! - first);
      const entries: AuditEntry[] = [];
      for (let i = last; i >= start; i -= 1) {
        const at = this.offsets[i]! - first;
        const entry = JSON.parse(bytes.toString('utf8', at, at + this.lengths[i]! - 1)) as AuditEntry;
        // Position is the cursor; it equals the written seq unless a damaged line was skipped.
        entries.push({ ...entry, seq: i });
      }
      return start > 0 ? { entries, nextBefore: start } : { entries };
    });
  }

  close(): Promise<void> {
    return this.queue.run(() => this.file.close());
  }
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
