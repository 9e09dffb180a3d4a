// READ-ONLY importer of the 0.1.0 data format (JSON-lines journals), run once when an
// environment's database is first opened next to them. It reads the old files as a stream
// (memory stays bounded whatever the cache size), writes everything into the database, and
// then moves the old folders into <envDir>/journal-0.1.0/ where they stay until the operator
// removes them. Nothing else in the app reads that format.
//
// Replay rules of the old format: the last line of a key wins, {"d":1} deletes. An unreadable
// intent line is not guessed at: it is set aside as a damaged intent, which makes the desk
// hold sending until every intent has been checked with Paxos. An unreadable audit line is
// kept as a damaged entry, never dropped.
import { createReadStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import { chainHash, GENESIS_HASH } from '../audit/audit-chain';
import {
  cacheCollections,
  checkRecord,
  contentHash,
  type PaxosRecord,
} from '../cache/cache-records';
import { OrchestrationTable } from '../cache/orchestration-table';
import {
  INTENT_ROW_COLUMNS,
  INTENT_ROW_PLACEHOLDERS,
  intentRowValues,
  toIntentRow,
} from '../intents/intent-row';
import { StoredIntentSchema, type Intent } from '../intents/intent';
import type { DeskDatabase } from '../db/desk-database';

const LEGACY_DIRS = ['cache', 'outbox', 'notifications', 'sync', 'audit'];
export const LEGACY_ASIDE_DIR = 'journal-0.1.0';
const BATCH = 5000;

type Op = { kind: 'put'; key: string; value: unknown } | { kind: 'delete'; key: string };

async function* lines(path: string): AsyncGenerator<{ line: string; n: number }> {
  if (!existsSync(path)) return;
  const reader = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of reader) {
    n += 1;
    if (line.length > 0) yield { line, n };
  }
}

function decode(line: string): Op | undefined {
  try {
    const { k, v, d } = JSON.parse(line) as { k?: unknown; v?: unknown; d?: unknown };
    if (typeof k !== 'string') return undefined;
    if (d === 1) return { kind: 'delete', key: k };
    return v === undefined ? undefined : { kind: 'put', key: k, value: v };
  } catch {
    return undefined;
  }
}

/** Replays a small journal into a map (intents, ledger, cursor, as-of: hundreds of keys). */
async function replaySmall(
  path: string,
  onUnreadable: (line: string, n: number) => void,
): Promise<Map<string, unknown>> {
  const map = new Map<string, unknown>();
  for await (const { line, n } of lines(path)) {
    const op = decode(line);
    if (!op) onUnreadable(line, n);
    else if (op.kind === 'delete') map.delete(op.key);
    else map.set(op.key, op.value);
  }
  return map;
}

export async function importLegacyJournals(db: DeskDatabase, envDir: string): Promise<void> {
  if (!LEGACY_DIRS.some((d) => existsSync(join(envDir, d)))) return;
  if (db.get('SELECT 1 AS x FROM meta WHERE key = ?', 'legacy_imported') === undefined)
    await importAll(db, envDir);
  moveAside(envDir);
}

async function importAll(db: DeskDatabase, envDir: string): Promise<void> {
  const orchestrations = new OrchestrationTable(db);
  for (const collection of cacheCollections) {
    // Streamed in batches: the cache can hold a million records. Refetchable, so a crash here
    // just means importing again (every write is an upsert).
    let batch: Op[] = [];
    const flush = () => {
      const ops = batch;
      batch = [];
      db.transaction(() => {
        for (const op of ops) {
          const stored =
            op.kind === 'put'
              ? (op.value as { record?: PaxosRecord; fetchedAt?: string })
              : undefined;
          if (collection === 'orchestrations') {
            if (op.kind === 'delete') orchestrations.delete(op.key);
            else if (stored?.record)
              orchestrations.putMany([stored.record], String(stored.fetchedAt ?? ''));
          } else if (op.kind === 'delete') {
            db.run('DELETE FROM cache_records WHERE collection = ? AND id = ?', collection, op.key);
          } else if (stored?.record) {
            const { record, json } = checkRecord(stored.record);
            const hash = contentHash(json);
            db.run(
              `INSERT INTO cache_records (collection, id, fetched_at, hash, status, profile_id, record) VALUES (?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (collection, id) DO UPDATE SET fetched_at = excluded.fetched_at, hash = excluded.hash, status = excluded.status, profile_id = excluded.profile_id, record = excluded.record`,
              collection,
              record.id,
              String(stored.fetchedAt ?? ''),
              hash,
              typeof record.status === 'string' ? record.status : null,
              typeof record.profile_id === 'string' ? record.profile_id : null,
              json,
            );
          }
        }
      });
    };
    for await (const { line } of lines(join(envDir, 'cache', `${collection}.jsonl`))) {
      const op = decode(line);
      if (op) batch.push(op);
      if (batch.length >= BATCH) flush();
    }
    flush();
  }

  // What money depends on: read whole, written in one transaction with the "imported" mark.
  const now = new Date().toISOString();
  const damagedIntents: { line: string; n: number }[] = [];
  const intents = await replaySmall(join(envDir, 'outbox', 'intents.jsonl'), (line, n) =>
    damagedIntents.push({ line, n }),
  );
  const ledger = await replaySmall(join(envDir, 'notifications', 'ledger.jsonl'), () => undefined);
  const cursor = (
    await replaySmall(join(envDir, 'sync', 'event-cursor.jsonl'), () => undefined)
  ).get('cursor') as { mark?: unknown; seenAtMark?: unknown } | undefined;
  const asOf = await replaySmall(join(envDir, 'cache', 'as-of.jsonl'), () => undefined);
  const audit: string[] = [];
  for await (const { line } of lines(join(envDir, 'audit', 'audit.jsonl'))) audit.push(line);

  db.transaction(() => {
    for (const [collection, at] of asOf) {
      db.run(
        'INSERT INTO cache_as_of (collection, at) VALUES (?, ?) ON CONFLICT (collection) DO UPDATE SET at = excluded.at',
        collection,
        String(at),
      );
    }
    for (const [id, value] of intents) {
      const parsed = StoredIntentSchema.safeParse(value);
      if (parsed.success) {
        db.run(
          `INSERT OR REPLACE INTO intents (${INTENT_ROW_COLUMNS}) VALUES (${INTENT_ROW_PLACEHOLDERS})`,
          ...intentRowValues(toIntentRow(parsed.data as Intent)),
        );
      } else {
        db.run(
          'INSERT INTO intents_damaged (id, found_at, body) VALUES (?, ?, ?)',
          id,
          now,
          JSON.stringify(value),
        );
      }
    }
    for (const { line, n } of damagedIntents) {
      db.run(
        'INSERT INTO intents_damaged (id, found_at, body) VALUES (?, ?, ?)',
        `0.1.0-line-${n}`,
        now,
        line,
      );
    }
    for (const [key, at] of ledger)
      db.run('INSERT OR IGNORE INTO notification_ledger (key, at) VALUES (?, ?)', key, String(at));
    if (cursor && typeof cursor.mark === 'string') {
      const seen = Array.isArray(cursor.seenAtMark)
        ? cursor.seenAtMark.filter((s) => typeof s === 'string')
        : [];
      db.run(
        'INSERT OR REPLACE INTO event_cursor (id, mark, seen_at_mark) VALUES (1, ?, ?)',
        cursor.mark,
        JSON.stringify(seen),
      );
    }
    importAudit(db, audit, basename(envDir), now);
    db.run('INSERT INTO meta (key, value) VALUES (?, ?)', 'legacy_imported', now);
  });
}

/** Old entries keep their content; each is chained in order. Unreadable lines stay, as damaged entries. */
function importAudit(
  db: DeskDatabase,
  lines: readonly string[],
  environment: string,
  now: string,
): void {
  const last = db.get<{ seq: number; hash: string }>(
    'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1',
  );
  let seq = last ? last.seq + 1 : 0;
  let prev = last?.hash ?? GENESIS_HASH;
  const add = (entry: Record<string, unknown>) => {
    const json = JSON.stringify({ ...entry, seq });
    const hash = chainHash(prev, json);
    db.run(
      'INSERT INTO audit_log (seq, entry, prev_hash, hash) VALUES (?, ?, ?, ?)',
      seq,
      json,
      prev,
      hash,
    );
    prev = hash;
    seq += 1;
  };
  let unreadable = 0;
  for (const line of lines) {
    let entry: unknown;
    try {
      entry = JSON.parse(line);
    } catch {
      entry = undefined;
    }
    if (
      typeof entry === 'object' &&
      entry !== null &&
      typeof (entry as { action?: unknown }).action === 'string'
    )
      add(entry as Record<string, unknown>);
    else {
      unreadable += 1;
      add({
        at: now,
        user: '',
        action: 'audit.damaged',
        environment,
        outcome: 'info',
        details: {
          problem: 'unreadable line in the 0.1.0 audit file',
          stored: line.slice(0, 2000),
        },
      });
    }
  }
  add({
    at: now,
    user: 'treasury-desk',
    action: 'storage.imported',
    environment,
    outcome: 'info',
    details: { from: '0.1.0 journal files', entries: lines.length, unreadable },
  });
}

function moveAside(envDir: string): void {
  const aside = join(envDir, LEGACY_ASIDE_DIR);
  mkdirSync(aside, { recursive: true, mode: 0o700 });
  for (const dir of LEGACY_DIRS) {
    const from = join(envDir, dir);
    if (existsSync(from) && !existsSync(join(aside, dir))) renameSync(from, join(aside, dir));
  }
}
