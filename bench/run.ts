// `npm run bench`: builds (in the npm script), then runs each benchmark group one after
// another — never in parallel: on a 2-core machine they would measure each other — and writes
// bench/results.md and bench/chart.png.
//   --quick        fewer repetitions, for trying changes (writes to bench/tmp/, not bench/)
//   --only=a,b     only these groups: poll, poll-kinds, store, renderer, bundle (also writes to bench/tmp/)
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from './app-launch';
import { bundleSize } from './bundle-size';
import { pollCost } from './poll-cost';
import { pollKindsCost } from './poll-kinds';
import { rendererCost } from './renderer-cost';
import { writeReport } from './report';
import { storeCost } from './store-cost';
import { benchDir, repoRoot, type GroupOptions, type GroupResult } from './stats';

const groups = {
  poll: pollCost,
  'poll-kinds': pollKindsCost,
  store: storeCost,
  renderer: rendererCost,
  bundle: bundleSize,
} satisfies Record<string, (options: GroupOptions) => Promise<GroupResult>>;
type GroupName = keyof typeof groups;

function parseArgs(argv: string[]) {
  const quick = argv.includes('--quick');
  const only = argv
    .find((a) => a.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  const unknown = only?.filter((name) => !(name in groups));
  if (unknown?.length)
    throw new Error(
      `unknown group(s) ${unknown.join(', ')}; choose from ${Object.keys(groups).join(', ')}`,
    );
  return { quick, only: (only ?? Object.keys(groups)) as GroupName[] };
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

async function chromiumVersion(): Promise<string> {
  const browser = await launchBrowser();
  try {
    return browser.version();
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const { quick, only } = parseArgs(process.argv.slice(2));
  for (const built of ['out/renderer/index.html', 'out/preload/index.cjs']) {
    if (!existsSync(join(repoRoot, built)))
      throw new Error(`${built} is missing: run \`npm run build\` first (\`npm run bench\` does)`);
  }
  // Measure a private copy of the build: others may rebuild out/ (npm test does) mid-run.
  const buildDir = join(benchDir, 'tmp', `build-${process.pid}`);
  for (const part of ['renderer', 'preload'])
    cpSync(join(repoRoot, 'out', part), join(buildDir, part), { recursive: true });
  const started = performance.now();
  const results: GroupResult[] = [];
  try {
    for (const name of only) {
      const groupStarted = performance.now();
      console.log(`[bench] ${name}…`);
      const result = await groups[name]({ quick, buildDir });
      result.seconds = (performance.now() - groupStarted) / 1000;
      console.log(`[bench] ${name} done in ${result.seconds.toFixed(0)} s`);
      for (const r of result.rows)
        console.log(`  ${r.measure} | ${r.size} | ${r.ours} | ${r.baseline}`);
      results.push(result);
    }
  } finally {
    rmSync(buildDir, { recursive: true, force: true });
  }
  const partial = quick || only.length < Object.keys(groups).length;
  const outDir = partial ? join(benchDir, 'tmp') : benchDir;
  mkdirSync(outDir, { recursive: true });
  const dirty = git(['status', '--porcelain']) !== '';
  const cpu = cpus();
  const { markdown, chart } = await writeReport(
    results,
    {
      date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      commit: `${git(['rev-parse', '--short', 'HEAD']) || 'unknown'}${dirty ? ' + uncommitted changes' : ''}`,
      machine: `${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, shared`,
      node: process.version,
      chromium: await chromiumVersion(),
      seconds: (performance.now() - started) / 1000,
      command: partial
        ? `node --import tsx bench/run.ts ${process.argv.slice(2).join(' ')}`
        : 'npm run bench',
    },
    outDir,
  );
  console.log(
    `[bench] wrote ${markdown} and ${chart} (${((performance.now() - started) / 1000).toFixed(0)} s)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
