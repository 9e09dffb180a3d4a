// `npm run build` writes the three bundles in the forms Electron needs them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
});
