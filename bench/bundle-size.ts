// Bundle: what the renderer downloads from disk and parses at every start, the JavaScript of
// the built renderer (out/renderer/assets/*.js from `npm run build`, as copied by run.ts), raw and gzip-compressed
// (node:zlib at its default level 6, as an HTTP server would send it), with brotli for
// reference. There is no baseline: the size is tracked, not compared.
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
    files.push({ name, raw: bytes.length, gzip: gzipSync(bytes).length, brotli: brotliCompressSync(bytes).length });
  }
  const sum = (key: 'raw' | 'gzip' | 'brotli') => files.reduce((total, f) => total + f[key], 0);
  return { files, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
}

/**
 * The JavaScript the first screen needs: the entry script of index.html and the chunks it
 * preloads (its static imports). Chunks loaded with import() later — forms, the QR code, charts —
 * are not in it.
 */
export async function firstScreenFiles(rendererDir: string): Promise<string[]> {
  const html = await readFile(join(rendererDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1] ?? '');
  return [...new Set(refs.filter(Boolean))];
}

export async function bundleSize({ buildDir }: GroupOptions): Promise<GroupResult> {
  const assets = join(buildDir, 'renderer', 'assets');
  const js = await measureBundle(assets, '.js');
  const css = await measureBundle(assets, '.css');
  const first = new Set(await firstScreenFiles(join(buildDir, 'renderer')));
  const firstFiles = js.files.filter((f) => first.has(f.name));
  const firstGzip = firstFiles.reduce((total, f) => total + f.gzip, 0);
  const firstRaw = firstFiles.reduce((total, f) => total + f.raw, 0);
  const headlines: Headline[] = [
    { key: 'bundle', label: 'Renderer JS, first screen, gzip', ratio: Number.NaN, ours: fmtBytes(firstGzip), baseline: '—' },
    { key: 'bundle-all', label: 'Renderer JS, all chunks, gzip', ratio: Number.NaN, ours: fmtBytes(js.gzip), baseline: '—' },
  ];
  return {
    title: 'Bundle',
    columns: { ours: 'Raw', baseline: 'gzip · brotli' },
    rows: [
      ...js.files.map((f) => row(`Renderer JavaScript: ${f.name}`, 'out/renderer/assets', fmtBytes(f.raw), `${fmtBytes(f.gzip)} · ${fmtBytes(f.brotli)}`)),
      row('Renderer JavaScript, first screen (entry + preloaded chunks)', `${firstFiles.length} file(s)`, fmtBytes(firstRaw), fmtBytes(firstGzip)),
      row('Renderer JavaScript, total', `${js.files.length} file(s)`, fmtBytes(js.raw), `${fmtBytes(js.gzip)} · ${fmtBytes(js.brotli)}`),
      row('Renderer CSS, total (for reference)', `${css.files.length} file(s)`, fmtBytes(css.raw), `${fmtBytes(css.gzip)} · ${fmtBytes(css.brotli)}`),
    ],
    headlines,
    notes: [
      'Sizes of the minified production build that `npm run bench` makes first (`npm run build`); gzip is node:zlib `gzipSync` at its default level (6), ' +
        'brotli `brotliCompressSync` at its default quality. Electron loads these files from disk, so the raw size is what is parsed; the compressed sizes ' +
        'are the usual yardstick for comparing bundles.',
    ],
  };
}
