// The background check (background-check.ts) reads every intent id without the state index. A
// page that read cannot get through holds intents no check can see, so it must say the page
// is unreadable (the file is then set aside at the next open), not just name an error.
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { checkInBackground } from '../../../../main/desk/store/db/background-check';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs('background-unreadable-');
const PAGE_SIZE = 4096;

/** A file with an intents table (and its state index) of `n` rows. */
function intentsFile(path: string, n: number): void {
  const db = new DatabaseSync(path);
  db.exec(`PRAGMA page_size = ${PAGE_SIZE};
    CREATE TABLE intents (id TEXT PRIMARY KEY, state TEXT NOT NULL, body TEXT NOT NULL) WITHOUT ROWID;
    CREATE INDEX intents_by_state ON intents (state);`);
  const insert = db.prepare('INSERT INTO intents VALUES (?, ?, ?)');
  db.exec('BEGIN');
  for (let i = 0; i < n; i += 1)
    insert.run(`id-${String(i).padStart(5, '0')}`, 'completed', `body-${i}-end ${'x'.repeat(300)}`);
  db.exec('COMMIT');
  db.close();
}

async function damagePageHolding(file: string, marker: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    const bytes = await handle.readFile();
    const at = bytes.indexOf(Buffer.from(marker));
    expect(at).toBeGreaterThan(0);
    await handle.write(Buffer.from([0x00]), 0, 1, Math.floor(at / PAGE_SIZE) * PAGE_SIZE);
  } finally {
    await handle.close();
  }
}

describe('the background check on an unreadable intents page', () => {
  it('says the page cannot be read', async () => {
    const path = join(await tempDir(), 'desk.sqlite');
    intentsFile(path, 2_000);
    await damagePageHolding(path, 'body-1000-end');
    const found = await checkInBackground(path, false).result;
    expect(found?.problems.join(' ')).toMatch(/malformed|corrupt/i);
    expect(found?.unreadable).toBe(true);
  });

  it('says nothing of the kind on a sound file', async () => {
    const path = join(await tempDir(), 'desk.sqlite');
    intentsFile(path, 200);
    const found = await checkInBackground(path, true).result;
    expect(found).toEqual({ problems: [], unindexed: [], unreadable: false });
  });
});
