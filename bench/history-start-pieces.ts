// Diagnostic (issue 23): what the first state reads with the file out of the OS cache, piece by
// piece. Each piece runs on its own fresh `dd oflag=direct` copy (so no piece warms the next),
// then the whole Desk.open + first projection. Usage:
//   node --import tsx bench/history-start-pieces.ts <data dir holding demo/desk.sqlite> [runs]
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { Desk } from '../main/desk/desk';
import { environmentDir } from '../main/desk/store/environment-dir';
import { deskOptions } from './history-db';
import { QUIET_NOW } from './history-records';

const [src = '', runsArg = '3'] = process.argv.slice(2);
const runs = Number(runsArg);

function cold(dir: string): { env: string; cached: number } {
  const from = environmentDir(src, 'demo');
  const env = environmentDir(dir, 'demo');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(env, { recursive: true });
  for (const f of readdirSync(from))
    if (f !== 'desk.sqlite') cpSync(join(from, f), join(env, f), { recursive: true });
  const file = join(env, 'desk.sqlite');
  execFileSync('dd', [
    `if=${join(from, 'desk.sqlite')}`,
    `of=${file}`,
    'bs=4M',
    'oflag=direct',
    'status=none',
  ]);
  const cached = Number(
    execFileSync('fincore', ['--bytes', '--noheadings', '--output', 'RES', file], {
      encoding: 'utf8',
    }).trim(),
  );
  return { env, cached };
}

const pieces: Record<string, (db: DatabaseSync) => unknown> = {
  'open only': () => undefined,
  'quick_check(intents)': (db) => db.prepare('PRAGMA quick_check(intents)').all(),
  unindexed: (db) =>
    db
      .prepare(
        'SELECT id FROM intents NOT INDEXED WHERE id IN (SELECT id FROM intents NOT INDEXED EXCEPT SELECT id FROM intents INDEXED BY intents_by_state)',
      )
      .all(),
  'quick_check(small tables)': (db) => {
    for (const t of [
      'meta',
      'intents_damaged',
      'notification_ledger',
      'event_cursor',
      'cache_records',
      'cache_as_of',
      'cache_terms',
    ])
      db.prepare(`PRAGMA quick_check(${t})`).all();
  },
};

const work = join(process.cwd(), 'bench', 'tmp', 'pieces');
const results: Record<string, number[]> = {};
const add = (k: string, v: number) => (results[k] ??= []).push(v);
for (let r = 0; r < runs; r += 1) {
  for (const [name, piece] of Object.entries(pieces)) {
    const { env, cached } = cold(join(work, 'cold'));
    const t = performance.now();
    const db = new DatabaseSync(join(env, 'desk.sqlite'));
    db.exec('PRAGMA cache_size = -65536');
    piece(db);
    db.close();
    add(name, performance.now() - t);
    add(`${name} (cached before, bytes)`, cached);
  }
  const { cached } = cold(join(work, 'cold'));
  let t = performance.now();
  const desk = await Desk.open(deskOptions(join(work, 'cold')));
  const opened = performance.now() - t;
  await desk.project(QUIET_NOW, 1);
  add('Desk.open', opened);
  add('Desk.open + project', performance.now() - t);
  add('Desk.open (cached before, bytes)', cached);
  await desk.close();
  t = performance.now();
  const warm = await Desk.open(deskOptions(join(work, 'cold')));
  await warm.project(QUIET_NOW, 1);
  add('in cache: Desk.open + project', performance.now() - t);
  await warm.close();
}
rmSync(work, { recursive: true, force: true });
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const [k, v] of Object.entries(results))
  console.log(
    `${k.padEnd(45)} median ${med(v).toFixed(1)}  all ${v.map((x) => x.toFixed(0)).join(' ')}`,
  );
console.log('loadavg', execFileSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).trim());
