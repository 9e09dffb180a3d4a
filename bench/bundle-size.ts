// Bundle: what the renderer downloads from disk and parses at every start, the JavaScript of
// the built renderer (out/renderer/assets/*.js from `npm run build`, as copied by run.ts), raw and gzip-compressed
// (node:zlib at its default level 6, as an HTTP server would send it), with brotli for
// reference. There is no baseline: the size is tracked, not compared. The headline is the first
// screen's JavaScript: what index.html loads (its module script and modulepreloads); chunks
// loaded later with a dynamic import (the Activity screen, its chart) are listed apart. The
// budget for the first screen is 150 kB gzip (issue 13).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { fmtBytes, row, type GroupOptions, type GroupResult, type Headline } from './stats';

export interface BundleSize {
  files: { name: string; raw: number; gzip: number; brotli: number }[];
  raw: number;
  gzip: number;
  brotli: number;
}

export async function measureBundle(dir: string, ext: string): Promise<BundleSize> {
  const names = (await readdir(dir)).filter((name) => name.endsWith(ext)).sort();
  if (names.length === 0) throw new Error(`no ${ext} files in ${dir}: run \`npm run build\` first`);
  const files: BundleSize['files'] = [];
  for (const name of names) {
    const bytes = await readFile(join(dir, name));
    files.push({
      name,
      raw: bytes.length,
      gzip: gzipSync(bytes).length,
      brotli: brotliCompressSync(bytes).length,
    });
  }
  const sum = (key: 'raw' | 'gzip' | 'brotli') => files.reduce((total, f) => total + f[key], 0);
  return { files, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
}

/** The JavaScript files index.html loads before the first screen shows (not the lazy chunks). */
export async function firstScreenFiles(rendererDir: string): Promise<Set<string>> {
  const html = await readFile(join(rendererDir, 'index.html'), 'utf8');
  const refs = [
    ...html.matchAll(
      /<(?:script[^>]*\bsrc|link[^>]*\brel="modulepreload"[^>]*\bhref)="\.\/assets\/([^"]+\.js)"/g,
    ),
  ].map((m) => m[1]!);
  return new Set(refs);
}

export const FIRST_SCREEN_BUDGET_GZIP = 150 * 1000;

export async function bundleSize({ buildDir }: GroupOptions): Promise<GroupResult> {
  const assets = join(buildDir, 'renderer', 'assets');
  const js = await measureBundle(assets, '.js');
  const css = await measureBundle(assets, '.css');
  const first = await firstScreenFiles(join(buildDir, 'renderer'));
  const firstGzip = js.files
    .filter((f) => first.has(f.name))
    .reduce((total, f) => total + f.gzip, 0);
  const firstRaw = js.files.filter((f) => first.has(f.name)).reduce((total, f) => total + f.raw, 0);
  const headlines: Headline[] = [
    {
      key: 'bundle',
      label: 'Renderer JS for the first screen, gzip (budget 150 kB)',
      ratio: Number.NaN,
      ours: fmtBytes(firstGzip),
      baseline: '—',
    },
  ];
  return {
    title: 'Bundle',
    columns: { ours: 'Raw', baseline: 'gzip · brotli' },
    rows: [
      ...js.files.map((f) =>
        row(
          `Renderer JavaScript: ${f.name}${first.has(f.name) ? ' (first screen)' : ' (loaded when needed)'}`,
          'out/renderer/assets',
          fmtBytes(f.raw),
          `${fmtBytes(f.gzip)} · ${fmtBytes(f.brotli)}`,
        ),
      ),
      row(
        'Renderer JavaScript, first screen',
        `${first.size} file(s), budget 150 kB gzip`,
        fmtBytes(firstRaw),
        fmtBytes(firstGzip),
      ),
      row(
        'Renderer JavaScript, total',
        `${js.files.length} file(s)`,
        fmtBytes(js.raw),
        `${fmtBytes(js.gzip)} · ${fmtBytes(js.brotli)}`,
      ),
      row(
        'Renderer CSS, total (for reference)',
        `${css.files.length} file(s)`,
        fmtBytes(css.raw),
        `${fmtBytes(css.gzip)} · ${fmtBytes(css.brotli)}`,
      ),
    ],
    headlines,
    notes: [
      'Sizes of the minified production build that `npm run bench` makes first (`npm run build`); gzip is node:zlib `gzipSync` at its default level (6), ' +
        'brotli `brotliCompressSync` at its default quality. Electron loads these files from disk, so the raw size is what is parsed; the compressed sizes ' +
        'are the usual yardstick for comparing bundles.',
    ],
  };
}
