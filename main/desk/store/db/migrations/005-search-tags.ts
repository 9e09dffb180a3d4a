// 5: the search entry of every orchestration also carries its filter columns as tags
// (store/cache/orchestration-tags.ts), so a search with chips, or several chips, is one MATCH
// whose postings merge in list order. "_" becomes a word character of the tokenizer (record
// words have it replaced by a space: the same words as before). The entry is rebuilt for
// every row, words from the record as migration 2 read them (in JavaScript for JSON nested
// deeper than SQLite reads, which migration 2 left without words).
// Shipped: never edit it; append a new migration instead.
import type { DatabaseSync } from 'node:sqlite';

/** Migration 5's tags of a row, from its columns (as orchestration-tags.ts writes them). */
const TAGS_SQL = `concat('_s', status, ' _a', asset, ' _r', coalesce(rule, 'n'), ' _p', coalesce(profile, 'n'), ' _b', coalesce(bank, 'n'))`;

export const migration5 = (db: DatabaseSync): void => {
  db.exec(`
    DROP TABLE orchestration_vocab;
    DROP TABLE orchestration_words;
    CREATE VIRTUAL TABLE orchestration_words USING fts5(
      words, content='', contentless_delete=1, detail=none, prefix='2',
      tokenize="unicode61 remove_diacritics 2 tokenchars '._'"
    );
    CREATE VIRTUAL TABLE orchestration_vocab USING fts5vocab(orchestration_words, row);
    INSERT INTO orchestration_words (rowid, words) SELECT ord, concat_ws(' ', nullif(replace(concat_ws(' ',
        iif(json_type(record, '$.source_amount') = 'text', nullif(record ->> '$.source_amount', ''), NULL),
        iif(json_type(record, '$.source_asset') = 'text', nullif(record ->> '$.source_asset', ''), NULL),
        iif(json_type(record, '$.destination.fiat.memo') = 'text', nullif(record ->> '$.destination.fiat.memo', ''), NULL)), '_', ' '), ''),
      ${TAGS_SQL})
      FROM orchestration_rows WHERE json_valid(record);
  `);
  const insert = db.prepare('INSERT INTO orchestration_words (rowid, words) VALUES (?, ?)');
  const deep = db.prepare(
    `SELECT ord, record, ${TAGS_SQL} AS tags FROM orchestration_rows WHERE NOT json_valid(record)`,
  );
  for (const row of deep.iterate() as Iterable<{ ord: number; record: string; tags: string }>) {
    const r = JSON.parse(row.record) as Record<string, unknown>;
    const fiat = (r.destination as { fiat?: Record<string, unknown> } | undefined)?.fiat;
    const text = (v: unknown) => (typeof v === 'string' && v !== '' ? [v] : []);
    const words = [...text(r.source_amount), ...text(r.source_asset), ...text(fiat?.memo)];
    insert.run(row.ord, [...words.map((w) => w.replace(/_/g, ' ')), row.tags].join(' '));
  }
};
