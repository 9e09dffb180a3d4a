// Writes an export somewhere the operator chose. Returns the path, or undefined if cancelled.
// The Electron shell asks with a save dialog; the e2e harness writes into a temp folder.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export type FileSaver = (suggestedName: string, content: string) => Promise<string | undefined>;

export function folderFileSaver(folder: string): FileSaver {
  return async (suggestedName, content) => {
    await mkdir(folder, { recursive: true });
    const path = join(folder, suggestedName);
    await writeFile(path, content, { encoding: 'utf8', mode: 0o600 });
    return path;
  };
}
