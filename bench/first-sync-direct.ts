// The first sync alone, outside `npm run bench:history`: wall time and peak RSS of the desk
// child at each size, with the machine's load before and after.
//   node --import tsx bench/first-sync-direct.ts --sizes=100000,1000000 [--cpu-prof-dir=DIR]
import { readFileSync } from 'node:fs';
import { firstSyncCost } from './first-sync-cost';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const sizes = (arg('sizes') ?? '100000,1000000').split(',').map(Number);
const profileDir = arg('cpu-prof-dir');
const load = () => readFileSync('/proc/loadavg', 'utf8').trim();

for (const size of sizes) {
  const loadBefore = load();
  const started = performance.now();
  const result = await firstSyncCost(
    size,
    profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  );
  console.log(
    JSON.stringify({
      size,
      ...result.raw,
      mbPeakRss: Math.round(result.raw.maxRssBytes / 1024 / 1024),
      totalSecondsWithSetup: Math.round((performance.now() - started) / 1000),
      loadBefore,
      loadAfter: load(),
    }),
  );
}
