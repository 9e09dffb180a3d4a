// axe-core over what the page shows, at every e2e screenshot (every screen, drawer and dialog
// the flows reach): 0 critical and 0 serious findings, or the flow fails naming each one.
// axe is injected through the DevTools protocol (page.evaluate), which the page's CSP does not
// govern, so the app's `script-src 'self'` stays as shipped. The e2e harness's own drawing of
// main's native dialog is not the app and is left out.
// axe-core must be a devDependency. Where it is missing, outside CI the check is skipped and the
// closing summary says why; under CI (CI=true) its absence fails the run, like Chromium's.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { recordSkipReason } from '../../support/skip-reason';

const AXE_PACKAGE = 'axe-core (a devDependency, 4.14.x)';
/** Impacts that fail a flow: the bar is 0 critical and 0 serious. */
const FAILING_IMPACTS = ['critical', 'serious'];
/** The harness's stand-in for main's native dialog (confirmation-overlay.ts), not the app's DOM. */
const HARNESS_ONLY = ['#harness-confirmation'];

function loadAxeSource(): string | undefined {
  try {
    const require = createRequire(join(process.cwd(), 'package.json'));
    return readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  } catch {
    return undefined;
  }
}

const axeSource = loadAxeSource();
let skipRecorded = false;

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Each critical or serious axe finding on the page as it is now, one line each. */
export async function axeFindings(page: Page): Promise<string[]> {
  if (!axeSource) {
    if (process.env.CI === 'true')
      throw new Error(`${AXE_PACKAGE} is not installed: the accessibility check cannot run.`);
    if (!skipRecorded) recordSkipReason('axe accessibility checks', `${AXE_PACKAGE} not installed`);
    skipRecorded = true;
    return [];
  }
  const loaded = await page.evaluate(() => 'axe' in globalThis);
  if (!loaded) await page.evaluate(axeSource);
  const findings = await page.evaluate(
    async ({ exclude, impacts }) => {
      const axe = (globalThis as unknown as { axe: AxeApi }).axe;
      const context = { include: [['body']], exclude: exclude.map((s) => [s]) };
      const result = await axe.run(context, { resultTypes: ['violations'] });
      return result.violations
        .filter((v) => impacts.includes(v.impact ?? ''))
        .map((v) => ({
          id: v.id,
          impact: v.impact ?? '',
          help: v.help,
          targets: v.nodes.map((n) => n.target.join(' ')),
        }));
    },
    { exclude: HARNESS_ONLY, impacts: FAILING_IMPACTS },
  );
  return findings.map(
    (f: AxeFinding) => `${f.impact} ${f.id}: ${f.help} — ${f.targets.slice(0, 6).join(' | ')}`,
  );
}

/** The slice of axe-core's API used above (its own types are not imported into the page). */
interface AxeApi {
  run(
    context: unknown,
    options: unknown,
  ): Promise<{
    violations: {
      id: string;
      impact?: string | null;
      help: string;
      nodes: { target: string[] }[];
    }[];
  }>;
}
