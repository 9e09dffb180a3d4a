// `npm run build` writes the three bundles in the forms Electron needs them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstScreenFiles, FIRST_SCREEN_BUDGET_GZIP, measureBundle } from '../../bench/bundle-size';
import { repoRoot } from './harness/launch-app';

const out = (path: string) => readFileSync(join(repoRoot, 'out', path), 'utf8');

describe('build output', () => {
  it('main is an ES module that imports electron', () => {
    expect(out('main/index.js')).toMatch(/^import .* from "electron";/m);
  });

  it('preload is CommonJS: requires electron, has no ES import or export', () => {
    const preload = out('preload/index.cjs');
    expect(preload).toMatch(/require\("electron"\)/);
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
    expect(preload).not.toMatch(/require\("(node:)?(fs|child_process|path)"\)/);
  });

  it('renderer index.html carries the strict CSP and loads only local scripts', () => {
    const html = out('renderer/index.html');
    expect(html).toContain("script-src 'self'");
    expect(html).toContain("connect-src 'self'");
    expect(html).not.toMatch(/unsafe-(inline|eval)/);
    expect(html).not.toMatch(/src="https?:/);
  });

  it('the first screen loads at most 150 kB of gzipped JavaScript; the chart comes later', async () => {
    const first = await firstScreenFiles(join(repoRoot, 'out/renderer'));
    const js = await measureBundle(join(repoRoot, 'out/renderer/assets'), '.js');
    const firstScreen = js.files.filter((f) => first.has(f.name));
    expect(firstScreen.length).toBeGreaterThan(0);
    expect(firstScreen.reduce((sum, f) => sum + f.gzip, 0)).toBeLessThanOrEqual(
      FIRST_SCREEN_BUDGET_GZIP,
    );
    // Chart.js (its canvas guard message) lives only in a chunk loaded when Activity shows its chart.
    const hasChartJs = (name: string) =>
      out(`renderer/assets/${name}`).includes('Canvas is already in use');
    expect(firstScreen.filter((f) => hasChartJs(f.name))).toEqual([]);
    expect(js.files.filter((f) => hasChartJs(f.name)).length).toBe(1);
  });
});
