// Short integer codes for the repeated values orchestrations are filtered on (status, asset,
// rule, profile, bank account): an index entry of a few bytes instead of a 36-character id.
// Held in memory (hundreds of values); a code is written inside the caller's transaction, so
// after a rollback `reload` brings memory back to what is on disk.
import type { DeskDatabase } from '../db/desk-database';

export type TermKind = 'status' | 'asset' | 'rule' | 'profile' | 'bank';

export class CacheTerms {
  private codes = new Map<string, number>();
  private values = new Map<number, string>();

  constructor(private readonly db: DeskDatabase) {
    this.reload();
  }

  reload(): void {
    this.codes.clear();
    this.values.clear();
    for (const row of this.db.all<{ code: number; kind: string; value: string }>(
      'SELECT code, kind, value FROM cache_terms',
    )) {
      this.codes.set(`${row.kind}\u0000${row.value}`, row.code);
      this.values.set(row.code, row.value);
    }
  }

  /** Inside a transaction: the code of a value, created when new. */
  code(kind: TermKind, value: string): number;
  code(kind: TermKind, value: string | undefined): number | null;
  code(kind: TermKind, value: string | undefined): number | null {
    if (value === undefined) return null;
    const key = `${kind}\u0000${value}`;
    let code = this.codes.get(key);
    if (code === undefined) {
      code = Number(
        this.db.run('INSERT INTO cache_terms (kind, value) VALUES (?, ?)', kind, value)
          .lastInsertRowid,
      );
      this.codes.set(key, code);
      this.values.set(code, value);
    }
    return code;
  }

  /** Codes whose value matches (for filters); none when the value was never stored. */
  lookup(kind: TermKind, matches: (value: string) => boolean): number[] {
    const found: number[] = [];
    for (const [key, code] of this.codes) {
      const [k, value] = key.split('\u0000') as [string, string];
      if (k === kind && matches(value)) found.push(code);
    }
    return found;
  }

  value(code: number): string | undefined {
    return this.values.get(code);
  }
}
