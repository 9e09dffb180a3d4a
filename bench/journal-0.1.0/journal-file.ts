// The file side of a journal: one append handle, the current length, and the failure rules.
// A failed append is rolled back (truncated to the previous length) so a half line never sits
// between good ones; if even that fails the file is marked unusable rather than risk it.
import { open, type FileHandle } from 'node:fs/promises';
import { PRIVATE_FILE_MODE, storageError, writeFully } from './durable-fs';
import { readExactly } from './journal-compaction';

export class JournalFile {
  bytesWritten = 0;
  private broken: Error | undefined;
  private closed = false;

  constructor(
    readonly path: string,
    private handle: FileHandle,
    private length: number,
  ) {}

  get bytes(): number {
    return this.length;
  }
  get source(): FileHandle {
    return this.handle;
  }
  get usable(): boolean {
    return this.broken === undefined;
  }

  assertUsable(): void {
    if (this.broken) throw storageError('use', this.path, this.broken);
  }

  /** Appends and returns the offset the data starts at. */
  async append(data: Buffer, durable: boolean): Promise<number> {
    this.assertUsable();
    const start = this.length;
    try {
      await writeFully(this.handle, data, null);
      if (durable) await this.handle.datasync();
    } catch (error) {
      await this.handle
        .truncate(start)
        .catch((truncateError: unknown) => this.markBroken(truncateError));
      throw storageError('write to', this.path, error);
    }
    this.length = start + data.length;
    this.bytesWritten += data.length;
    return start;
  }

  read(offset: number, length: number): Promise<Buffer> {
    this.assertUsable();
    return readExactly(this.handle, offset, length);
  }

  /** After a compaction renamed a new file over `path`: write to the new file from now on. */
  async reopen(newLength: number): Promise<void> {
    const old = this.handle;
    try {
      this.handle = await open(this.path, 'a+', PRIVATE_FILE_MODE);
    } catch (error) {
      this.markBroken(error);
      throw storageError('reopen', this.path, error);
    }
    await old.close();
    this.length = newLength;
    this.bytesWritten += newLength;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.broken ??= new Error('journal closed');
    await this.handle.close();
  }

  private markBroken(error: unknown): void {
    this.broken = error instanceof Error ? error : new Error(String(error));
  }
}
