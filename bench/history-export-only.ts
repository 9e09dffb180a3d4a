// The export piece of `bench:history` alone (bench/history-operator.ts exportCost), on the cached
// databases: prints its table rows and the load average before and after.
//   node --import tsx bench/history-export-only.ts 100000 [1000000 …]
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { historyDbs } from './history-db';
import { exportCost } from './history-operator';
import { benchDir } from './stats';

const load = () => readFileSync('/proc/loadavg', 'utf8').trim();
const sizes = process.argv.slice(2).map(Number);
const workDir = join(benchDir, 'tmp', `history-export-${process.pid}`);
mkdirSync(workDir, { recursive: true });
try {
  for (const size of sizes) {
    const before = load();
    const dbs = await historyDbs(size, 1, workDir);
    const group = await exportCost(dbs.oursDataDir, dbs.anchorPath, workDir, size);
    console.log(JSON.stringify({ size, loadBefore: before, loadAfter: load(), rows: group.rows }));
    rmSync(dbs.oursDataDir, { recursive: true, force: true });
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
