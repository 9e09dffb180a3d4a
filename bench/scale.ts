// `npm run bench:scale`: the store benchmark at 1,000,000 orchestrations (long: the 0.1.0
// journal alone needs seconds per query there), and the first sync of 100,000 from the
// simulator. Writes bench/tmp/scale.md (and prints the rows); bench/results-store-scale.md is
// a committed copy of one run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstSyncCost } from './first-sync-cost';
import { benchDir } from './stats';
import { storeCostAt } from './store-cost';

async function main(): Promise<void> {
  const sizes = process.argv.includes('--quick') ? [100_000] : [1_000_000];
  const groups = [await firstSyncCost(100_000), await storeCostAt(sizes, false)];
  const lines: string[] = [
    `# Store at scale (${new Date().toISOString().slice(0, 16)} UTC, ${process.version})`,
    '',
  ];
  for (const g of groups) {
    lines.push(
      `## ${g.title}`,
      '',
      `| Measure | Size | ${g.columns.ours} | ${g.columns.baseline} |`,
      '|---|---|---:|---:|',
    );
    for (const r of g.rows) lines.push(`| ${r.measure} | ${r.size} | ${r.ours} | ${r.baseline} |`);
    lines.push('', ...g.notes.map((n) => `- ${n}`), '');
  }
  mkdirSync(join(benchDir, 'tmp'), { recursive: true });
  writeFileSync(join(benchDir, 'tmp', 'scale.md'), lines.join('\n'));
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
