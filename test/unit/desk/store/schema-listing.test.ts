// docs/architecture.md lists the database schema as one block. This test creates a new database
// and compares its schema with that listing, statement by statement, so a migration cannot
// leave the map behind (and the map cannot claim a table or index the code does not make).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE, DeskDatabase } from '../../../../main/desk/store/db/desk-database';

const root = resolve(import.meta.dirname, '../../../..');
const normalize = (sql: string) =>
  sql
    .replace(/--[^\n]*/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([(),])\s*/g, '$1')
    .replace(/;$/, '')
    .trim();

function documentedStatements(): string[] {
  const doc = readFileSync(join(root, 'docs/architecture.md'), 'utf8');
  const block = /## The database[^\n]*\n[\s\S]*?```sql\n([\s\S]*?)```/.exec(doc)?.[1];
  if (!block) throw new Error('docs/architecture.md has no ```sql block under "## The database"');
  return block
    .split('\n')
    .filter((line) => line.trim())
    .map(normalize);
}

describe('the schema listing in docs/architecture.md', () => {
  const dir = mkdtempSync(join(tmpdir(), 'schema-listing-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is exactly what a new database holds (FTS5 shadow tables aside)', () => {
    DeskDatabase.openIn(dir).close();
    const raw = new DatabaseSync(join(dir, DATABASE_FILE));
    const rows = raw
      .prepare(
        "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'orchestration_words_%'",
      )
      .all() as { name: string; sql: string }[];
    const version = (raw.prepare('PRAGMA user_version').get() as { user_version: number })
      .user_version;
    raw.close();
    expect(documentedStatements().sort()).toEqual(rows.map((r) => normalize(r.sql)).sort());
    const doc = readFileSync(join(root, 'docs/architecture.md'), 'utf8');
    expect(doc).toContain(`## The database (schema version ${version})`);
  });
});
