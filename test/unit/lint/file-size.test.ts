// Small files, one concern each: no source file of the app (main, shared, preload, renderer)
// grows past 300 lines. A file that needs more holds more than one concern: split it by what
// each part is for (main/desk/live-reads.ts left desk.ts that way).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const MAX_LINES = 300;

/** Every .ts/.tsx file below `dir`, with its line count. */
function sourceFiles(dir: string): { path: string; lines: number }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    if (!/\.tsx?$/.test(entry.name)) return [];
    const text = readFileSync(path, 'utf8');
    return [
      {
        path: relative(root, path),
        lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0),
      },
    ];
  });
}

describe('file size', () => {
  it(`keeps every app source file at ${MAX_LINES} lines or fewer`, () => {
    const files = ['main', 'shared', 'preload', 'renderer/src'].flatMap((d) =>
      sourceFiles(join(root, d)),
    );
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((f) => f.lines > MAX_LINES).map((f) => `${f.path}: ${f.lines}`)).toEqual(
      [],
    );
  });
});
