// The exact-id keys of orchestrations (48-bit hashes of the orchestration id, ref_id and
// transfer ids, see idKey) in two B-trees: new keys go into a small one
// (orchestration_ids_recent) and move into the large one (orchestration_ids) a slice of the key
// space at a time, in key order. Readers see both through the view orchestration_id_keys.
//
// Why two: the keys are random, so writing a page of 1,000 orchestrations (4,000 keys) straight
// into one tree of millions dirtied thousands of its leaves, each then written to the WAL, on
// every page: 44 s of CPU for the keys alone at 1,000,000 orchestrations (a probe of the keys
// and one lookup per orchestration), 18 s in two trees. The small tree stays in the page cache,
// and a slice moved in key order dirties each large-tree leaf once for many pages. Lookups read
// both (two seeks).
// Writes run inside the caller's transaction; `rolledBack` must be called if it fails.
import type { DeskDatabase } from '../db/desk-database';

/** Keys the small tree holds before slices move out (≈ 160 leaves of 8 KiB: in cache). */
export const RECENT_KEYS_LIMIT = 64_000;
/** The key space (48 bits) is moved in this many slices, round robin. */
const SLICES = 16;
const SLICE_WIDTH = 2 ** 48 / SLICES;

/** SQL: the ords an id's key points to (a hash, so callers that need the id compare it). */
export const ORDS_OF_ID_KEY = '(SELECT ord FROM orchestration_id_keys WHERE key = ?)';

export class OrchestrationIdKeys {
  /** Keys in the small tree (undefined: not counted since the last open or rollback). */
  private recent: number | undefined;
  /** The slice that moves next (round robin; any start is correct, so not kept on disk). */
  private nextSlice = 0;

  constructor(private readonly db: DeskDatabase) {}

  add(key: number, ord: number): void {
    const added = this.db.run(
      'INSERT OR IGNORE INTO orchestration_ids_recent (key, ord) VALUES (?, ?)',
      key,
      ord,
    ).changes;
    if (this.recent !== undefined) this.recent += Number(added);
  }

  remove(key: number, ord: number): void {
    this.db.run('DELETE FROM orchestration_ids WHERE key = ? AND ord = ?', key, ord);
    const removed = this.db.run(
      'DELETE FROM orchestration_ids_recent WHERE key = ? AND ord = ?',
      key,
      ord,
    ).changes;
    if (this.recent !== undefined) this.recent -= Number(removed);
  }

  /** End of a write: while the small tree is over its limit, move its next slice out. */
  settle(): void {
    this.recent ??= Number(
      this.db.get<{ n: number }>('SELECT count(*) AS n FROM orchestration_ids_recent')?.n ?? 0,
    );
    for (let moved = 0; this.recent > RECENT_KEYS_LIMIT && moved < SLICES; moved += 1) {
      const from = this.nextSlice * SLICE_WIDTH;
      const to = from + SLICE_WIDTH;
      this.nextSlice = (this.nextSlice + 1) % SLICES;
      this.db.run(
        'INSERT OR IGNORE INTO orchestration_ids (key, ord) SELECT key, ord FROM orchestration_ids_recent WHERE key >= ? AND key < ? ORDER BY key, ord',
        from,
        to,
      );
      this.recent -= Number(
        this.db.run('DELETE FROM orchestration_ids_recent WHERE key >= ? AND key < ?', from, to)
          .changes,
      );
    }
  }

  rolledBack(): void {
    this.recent = undefined;
  }
}
