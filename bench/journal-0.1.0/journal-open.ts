// Opens (or creates) a journal file and brings it to a clean state before any append:
// removes an unfinished compaction, replays the log, and cuts a torn tail so the next append
// does not get glued to half a line.
import { open, rm, stat, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { PRIVATE_FILE_MODE, ensurePrivateDir, fsyncDirectory, storageError } from './durable-fs';
import { compactionTempPath } from './journal-compaction';
import { replayJournal, type ReplayOutcome } from './journal-replay';

export async function openJournalFile<S>(
  path: string,
  summarize: (key: string, value: unknown) => S,
): Promise<{ handle: FileHandle } & ReplayOutcome<S>> {
  await ensurePrivateDir(dirname(path));
  await rm(compactionTempPath(path), { force: true });
  const existed = await stat(path).then(
    () => true,
    () => false,
  );
  const handle = await open(path, 'a+', PRIVATE_FILE_MODE);
  try {
    // A new file is durable only once its directory entry is.
    if (!existed) await fsyncDirectory(dirname(path));
    const replay = await replayJournal(handle, summarize);
    if (replay.recovery.truncatedBytes > 0) {
      await handle.truncate(replay.validBytes);
      await handle.sync();
    }
    return { handle, ...replay };
  } catch (error) {
    await handle.close();
    throw storageError('open', path, error);
  }
}
