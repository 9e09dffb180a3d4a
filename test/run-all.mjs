#!/usr/bin/env node
// `npm test`: every check this project has, in order, then one summary line
// `N passed, N failed, N skipped` (Vitest's own summary is not in that form).
// Checks that are not Vitest tests (type-check, lint, build) count as one test each.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
// Suites that skip write why here (test/support/skip-reason.ts); the summary repeats it.
const skipReasons = join(results, 'skip-reasons.txt');
rmSync(skipReasons, { force: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(label, command, args, options = {}) {
  console.log(`\n=== ${label}: ${[command, ...args].join(' ')}`);
  const started = Date.now();
  const child = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    timeout: options.timeoutMs ?? 30 * 60_000,
    env: { ...process.env, ...options.env },
  });
  console.log(
    `=== ${label}: exit ${child.status ?? child.signal} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return child.status === 0;
}

function check(label, command, args, options) {
  const ok = run(label, command, args, options);
  if (ok) totals.passed += 1;
  else {
    totals.failed += 1;
    failures.push(label);
  }
  return ok;
}

function onPath(command) {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    if (dir === '') return false;
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function vitest(label, projects, wrapper = []) {
  const report = join(results, `vitest-${label}.json`);
  rmSync(report, { force: true });
  const projectArgs = projects.flatMap((p) => ['--project', p]);
  const args = [
    ...wrapper,
    'npx',
    'vitest',
    'run',
    ...projectArgs,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ];
  run(label, args[0], args.slice(1));
  if (!existsSync(report)) {
    totals.failed += 1;
    failures.push(`${label} (no report: the runner did not finish)`);
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  totals.passed += json.numPassedTests;
  totals.failed += json.numFailedTests;
  totals.skipped += json.numPendingTests + json.numTodoTests;
  if (json.numFailedTests > 0 || json.success === false) {
    if (json.numFailedTests === 0) totals.failed += 1; // e.g. a suite that failed to load
    failures.push(label);
  }
}

check('typecheck', 'npx', ['tsc', '-p', 'tsconfig.node.json']);
check('typecheck (renderer)', 'npx', ['tsc', '-p', 'tsconfig.web.json']);
check('typecheck (e2e)', 'npx', ['tsc', '-p', 'tsconfig.e2e.json']);
check('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
check('format', 'npx', ['prettier', '--check', '.']);
const built = check('build', 'npx', ['electron-vite', 'build', '-c', './vite.config.ts']);
vitest('unit-integration-renderer', ['unit', 'integration', 'renderer']);
vitest('heavy', ['heavy']);
// Electronegativity on the sources and on the bundles the build step just wrote.
vitest('security', ['security']);
if (built) vitest('e2e', ['e2e']);
else {
  totals.failed += 1;
  failures.push('e2e (not run: the build failed)');
}
// The keychain suite runs inside scripts/with-keyring.sh (a private D-Bus and gnome-keyring).
// Without the tools the script needs (a newcomer's machine) the suite runs bare: its tests skip
// and say why, or under CI=true fail saying what is missing (test/support/system-packages.ts).
const missingTools = ['dbus-run-session', 'gnome-keyring-daemon', 'dbus-send'].filter(
  (tool) => !onPath(tool),
);
if (missingTools.length > 0)
  console.log(`\n=== keychain: no ${missingTools.join(', ')}: running it without with-keyring.sh`);
vitest(
  'keychain',
  ['keychain'],
  missingTools.length > 0 ? [] : ['bash', 'scripts/with-keyring.sh'],
);
// Issue 11: the mutation proof (each safeguard removed in a copy must make its tests fail).
check('mutation proof', 'node', ['test/mutation/run-mutations.mjs']);

if (existsSync(skipReasons)) {
  const reasons = [...new Set(readFileSync(skipReasons, 'utf8').split('\n').filter(Boolean))];
  console.log(`\nSkipped, and why:\n${reasons.map((reason) => `  - ${reason}`).join('\n')}`);
}
if (failures.length > 0) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
