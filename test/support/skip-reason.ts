// Why a suite skipped, for the closing summary of `npm test` (test/run-all.mjs prints every
// reason recorded here). A skip nobody can see the reason for looks like a pass; this makes it
// say why.
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SKIP_REASONS_FILE = join(REPO_ROOT, 'test-results', 'skip-reasons.txt');

export function recordSkipReason(suite: string, reason: string): void {
  mkdirSync(dirname(SKIP_REASONS_FILE), { recursive: true });
  appendFileSync(SKIP_REASONS_FILE, `${suite}: ${reason}\n`);
  console.warn(`Skipping ${suite}: ${reason}`);
}
