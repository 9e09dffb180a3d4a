// Keeps a copy of a damaged database for support, next to the live one, and never deletes it:
// <envDir>/damaged/<timestamp>-desk.sqlite (plus its -wal file when there is one).
import { copyFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

function asidePath(dbPath: string, at: Date): string {
  const dir = join(dirname(dbPath), 'damaged');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return join(dir, `${at.toISOString().replace(/[:.]/g, '-')}-${basename(dbPath)}`);
}

/** Copies the files (the database stays in use). Returns where the copy is. */
export function copyAside(dbPath: string, at: Date): string {
  const target = asidePath(dbPath, at);
  for (const suffix of ['', '-wal'])
    if (existsSync(dbPath + suffix)) copyFileSync(dbPath + suffix, target + suffix);
  return target;
}

/** Moves the files away (the database cannot be opened at all). Returns where they went. */
export function moveAside(dbPath: string, at: Date): string {
  const target = asidePath(dbPath, at);
  for (const suffix of ['', '-wal', '-shm'])
    if (existsSync(dbPath + suffix)) renameSync(dbPath + suffix, target + suffix);
  return target;
}
