#!/usr/bin/env node
// Mutation proof of issue 11: the suite must fail when a safeguard is removed. For each mutation
// this copies the sources to a temp dir (node_modules symlinked), breaks one safeguard, runs the
// tests that target it there, and expects them to FAIL. A baseline run of the same tests on the
// unmutated copy must pass first, so a failure is the mutation's doing. Exit 1 if any mutation
// survives (its tests still pass), a mutation no longer applies, or the baseline fails.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const FINDINGS = 'test/integration/exactly-once/findings.test.ts';

const mutations = [
  {
    name: 'lookup-before-resend removed (reconcile resends blindly)',
    file: 'main/desk/outbox/reconcile.ts',
    find: 'const found = await routeFor(intent.kind).lookup(client, intent);\n    options.onReachability?.(true);',
    replace: 'const found = null as Delivered | null;\n    options.onReachability?.(true);',
    tests: [FINDINGS],
    filter: 'no second create',
  },
  {
    name: 'cancel allowed after a send',
    file: 'main/desk/outbox/operator-decisions.ts',
    find: '  assertCancellable(current);\n',
    replace: '',
    tests: [FINDINGS],
    filter: 'finding 1',
  },
  {
    name: 'cancel allowed after a send (caught by the adversarial model)',
    file: 'main/desk/outbox/operator-decisions.ts',
    find: '  assertCancellable(current);\n',
    replace: '',
    project: 'heavy',
    tests: ['test/heavy/adversarial-model.test.ts'],
    filter: 'seed 1101',
  },
  {
    name: 'ref_id check removed from the bank-account lookup',
    file: 'main/paxos/fiat-accounts.ts',
    find: 'refIdOf: refIdOfAccount,',
    replace: 'refIdOf: () => refId,',
    tests: [FINDINGS],
    filter: 'finding 2',
  },
  {
    name: 'destination check removed from rules',
    file: 'main/paxos/rules.ts',
    find: 'if (wantedBank && bank !== wantedBank)\n',
    replace: 'if (false && wantedBank && bank !== wantedBank)\n',
    tests: [FINDINGS],
    filter: 'finding 3|names no bank account',
  },
  {
    name: 'background error not published to the desk state (the banner stays empty)',
    file: 'main/desk/background-errors.ts',
    find: 'this.health.backgroundError = { message, at: this.now().toISOString(), refId };',
    replace: '',
    tests: ['test/integration/exactly-once/storage-error-restart.test.ts'],
    filter: 'storage error during a send',
  },
  {
    name: "main's confirmation removed from confirming a queued request (issue 21.3)",
    file: 'main/operator/activity-operations.ts',
    find: "intentAction(id, 'confirm', (await confirmIntentInMain(ctx, id)).audit),",
    replace: "intentAction(id, 'confirm'),",
    tests: ['test/integration/security/compromised-renderer-limits.test.ts'],
    filter: 'asks main, with today',
  },
  {
    name: 'anchor check removed (a database behind the keychain anchor is trusted)',
    file: 'main/desk/anchor-guard.ts',
    find: "    if (read.kind === 'none') return;",
    replace: "    if (read.kind === 'none' || read.kind === 'found') return;",
    tests: ['test/integration/desk/rollback.test.ts'],
    filter: 'went back in time',
  },
  {
    name: 'unlock back-off not persisted (a restart clears the wait)',
    file: 'main/lock/unlock-attempts.ts',
    find: '    if (!this.store) return;\n    let text: string | null;',
    replace: '    if (this.store || !this.store) return;\n    let text: string | null;',
    tests: ['test/integration/security/compromised-renderer-lock.test.ts'],
    filter: 'back-off across a restart',
  },
  {
    name: 'folder lock removed (a second runtime opens the same folder)',
    file: 'main/desk/open-desk.ts',
    find: '  const lock = lockEnvironmentFolder(dir);',
    replace: '  const lock = { release: () => undefined };',
    tests: ['test/integration/desk/one-writer.test.ts'],
    filter: 'one writer',
  },
  {
    name: 'wire instructions: a new ref_id for each attempt (a lost answer re-posted blindly)',
    file: 'main/desk/incoming/wire-instructions.ts',
    find: '    if (!refId || mine) {',
    replace: '    if (true) {',
    tests: ['test/integration/desk/wire-instructions-lost-answer.test.ts'],
    filter: 'a lost answer is asked for again',
  },
  {
    name: 'wire instructions: the answer not checked against the profile and routing type asked',
    file: 'main/desk/incoming/wire-instructions.ts',
    find: '    if (differs || made.profile_id !== profileId || routingTypeOf(made) !== type) {',
    replace: '    if (false) {',
    tests: ['test/integration/desk/wire-instructions-lost-answer.test.ts'],
    filter: 'an answer for another profile',
  },
  {
    name: 'wire out: the lookup takes a hit without checking its ref_id (an ignored filter)',
    file: 'main/paxos/fiat-withdrawals.ts',
    find: 'refIdOf: (t) => t.ref_id,',
    replace: 'refIdOf: () => refId,',
    tests: ['test/integration/desk/wire-out.test.ts'],
    filter: 'a lost answer is found by ref_id',
  },
  {
    name: 'wire out: no lookup after a lost answer (reconcile finds nothing, sends again)',
    file: 'main/desk/paths/fiat-withdrawal/fiat-withdrawal-route.ts',
    find: '    const found = await client.findFiatWithdrawalByRefId(intent.refId, {',
    replace:
      '    const found = null as Transfer | null;\n    void client.findFiatWithdrawalByRefId;\n    void ({',
    tests: ['test/integration/desk/wire-out.test.ts'],
    filter: 'a lost answer is found by ref_id',
  },
  {
    name: 'wire out: the answer not checked against what was asked',
    file: 'main/paxos/fiat-withdrawals.ts',
    find: '): string | undefined {\n  if (t.ref_id !== body.ref_id)',
    replace:
      '): string | undefined {\n  if (t.id) return undefined;\n  if (t.ref_id !== body.ref_id)',
    project: 'unit',
    tests: ['test/unit/paxos/fiat-withdrawal-answer.test.ts'],
    filter: 'refuses|fee mode|names both sides',
  },
];

// MUTATIONS=<text>: run only the mutations whose name contains it (e.g. "wire out").
const only = process.env.MUTATIONS;
if (only) mutations.splice(0, mutations.length, ...mutations.filter((m) => m.name.includes(only)));

const COPY = [
  'main',
  'shared',
  'test',
  'preload',
  'renderer',
  'package.json',
  'vitest.config.ts',
  'tsconfig.json',
  'tsconfig.base.json',
  'tsconfig.node.json',
  'tsconfig.web.json',
  'tsconfig.e2e.json',
];

function copyTree() {
  const dir = mkdtempSync(join(tmpdir(), 'td-mutation-'));
  for (const entry of COPY)
    cpSync(join(root, entry), join(dir, entry), {
      recursive: true,
      filter: (src) => !src.includes(`${root}test/fixtures`),
    });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

function runTests(dir, tests, filter, project = 'integration') {
  const args = ['vitest', 'run', '--project', project, ...tests, '-t', filter, '--reporter=dot'];
  const child = spawnSync('npx', args, { cwd: dir, encoding: 'utf8', timeout: 10 * 60_000 });
  const output = `${child.stdout ?? ''}${child.stderr ?? ''}`;
  const plain = output.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');
  const summary = plain
    .split('\n')
    .filter((l) => /^\s*Tests\s/.test(l))
    .map((l) => l.trim())
    .join(' ');
  // Only test verdicts count: a copy that fails to load ("no tests") proves nothing either way.
  const failed = Number(/(\d+) failed/.exec(summary)?.[1] ?? 0);
  const passed = Number(/(\d+) passed/.exec(summary)?.[1] ?? 0);
  return {
    ok: child.status === 0 && passed > 0,
    testsFailed: failed,
    summary: summary || output.slice(-400),
  };
}

let problems = 0;
const baselineDir = copyTree();
try {
  // The model's baseline is the heavy project itself (run by npm test just before this check).
  const plain = mutations.filter((m) => !m.project);
  const filters = [...new Set(plain.map((m) => m.filter))].join('|');
  const baseline = runTests(baselineDir, [...new Set(plain.flatMap((m) => m.tests))], filters);
  console.log(
    `baseline (unmutated copy): ${baseline.ok ? 'passes' : 'FAILS'} — ${baseline.summary}`,
  );
  if (!baseline.ok) problems += 1;
} finally {
  rmSync(baselineDir, { recursive: true, force: true });
}

for (const mutation of mutations) {
  const dir = copyTree();
  try {
    const path = join(dir, mutation.file);
    const source = readFileSync(path, 'utf8');
    if (!source.includes(mutation.find)) {
      console.log(
        `NOT APPLICABLE: ${mutation.name} (the code it breaks is gone from ${mutation.file}; update the mutation)`,
      );
      problems += 1;
      continue;
    }
    writeFileSync(path, source.replace(mutation.find, mutation.replace));
    const result = runTests(dir, mutation.tests, mutation.filter, mutation.project);
    if (result.ok) {
      console.log(`SURVIVED: ${mutation.name} — ${result.summary}`);
      problems += 1;
    } else if (result.testsFailed === 0) {
      console.log(`INCONCLUSIVE: ${mutation.name} — the tests did not run: ${result.summary}`);
      problems += 1;
    } else {
      console.log(`caught: ${mutation.name} — ${result.summary}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(
  problems === 0 ? `all ${mutations.length} mutations caught` : `${problems} problem(s): see above`,
);
process.exit(problems === 0 ? 0 : 1);
