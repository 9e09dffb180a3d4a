// Writes an export somewhere the operator chose. Returns the path, or undefined if cancelled.
// The Electron shell asks with a save dialog; the e2e harness writes into a temp folder.
// `open` streams instead: the path is chosen first, then the content is written piece by piece
// (a million-row CSV never exists as one string, which V8 could not even hold past ~1.5M rows).
import { mkdir, open as openFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A file being written: pieces in order, then `close`; `abort` removes what was written. */
export interface FileSink {
  readonly path: string;
  write(piece: string | Uint8Array): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}

export interface FileSaver {
  /** `content`: text (a CSV), or bytes (a PDF). */
  (suggestedName: string, content: string | Uint8Array): Promise<string | undefined>;
  /** Asks for the path (undefined: the operator cancelled), then writes as it is given. */
  open?(suggestedName: string): Promise<FileSink | undefined>;
}

/** Creates (or truncates) the file, owner-only, and hands out a sink to stream into it. */
export async function fileSink(path: string): Promise<FileSink> {
  const handle = await openFile(path, 'w', 0o600);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  return {
    path,
    write: async (piece) => {
      if (typeof piece === 'string') await handle.write(piece, null, 'utf8');
      else await handle.write(piece);
    },
    close,
    abort: async () => {
      await close().catch(() => undefined);
      await rm(path, { force: true });
    },
  };
}

/** Writes a whole file (created or truncated), owner-only; returns its path. */
export async function writeWholeFile(path: string, content: string | Uint8Array): Promise<string> {
  await writeFile(path, content, { mode: 0o600, flag: 'w' });
  return path;
}

export function folderFileSaver(folder: string): FileSaver {
  const target = async (suggestedName: string) => {
    await mkdir(folder, { recursive: true });
    return join(folder, suggestedName);
  };
  const save: FileSaver = async (suggestedName, content) =>
    writeWholeFile(await target(suggestedName), content);
  save.open = async (suggestedName) => fileSink(await target(suggestedName));
  return save;
}
