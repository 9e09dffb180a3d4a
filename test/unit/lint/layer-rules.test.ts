// Proves each import rule of docs/architecture.md fires: every fixture under test/fixtures/lint breaks one
// rule and must fail lint with no-restricted-imports; the control fixtures (ok-*) must pass.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const fixtureDir = join(root, 'test/fixtures/lint');
const eslint = new ESLint({ cwd: root });

async function lintFixture(file: string) {
  const code = readFileSync(join(fixtureDir, file), 'utf8');
  const target = /^\/\/ lint-as: (\S+)/.exec(code)?.[1];
  if (!target) throw new Error(`${file} has no "// lint-as:" line`);
  const [result] = await eslint.lintText(code, { filePath: join(root, target) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports');
}

const fixtures = readdirSync(fixtureDir).filter((f) => !f.startsWith('ok-'));
const controls = readdirSync(fixtureDir).filter((f) => f.startsWith('ok-'));

describe('layer import rules', () => {
  it('has a fixture for each rule', () => expect(fixtures.length).toBeGreaterThanOrEqual(17));

  it.each(fixtures)('%s fails lint', async (file) => {
    const messages = await lintFixture(file);
    expect(messages.length, `${file} should break an import rule`).toBeGreaterThan(0);
  });

  it('has the control fixtures', () =>
    expect(controls).toEqual(expect.arrayContaining(['ok-layers.ts', 'ok-renderer-screen.tsx'])));

  it.each(controls)('%s lets allowed imports through', async (file) => {
    expect(await lintFixture(file)).toEqual([]);
  });
});
