// main/'s structure, checked from the code's own imports: the floors of its rooms run one way
// (nothing imports a room on its own floor or above), and no files or folders import each other
// in a circle, at any depth. Each check is first shown to fail on a small tree that breaks it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findCycles, importsAgainstFloors, readImportGraph } from '../../support/import-graph';

const root = resolve(import.meta.dirname, '../../..');

/**
 * main/'s rooms by floor, ground first (docs/architecture.md draws the same picture). A room
 * imports only rooms on lower floors; a new room must be placed here before it can be imported.
 */
export const MAIN_FLOORS: Readonly<Record<string, number>> = {
  'app-id': 1,
  security: 1,
  window: 1,
  paxos: 1,
  simulator: 2,
  desk: 2,
  vault: 2,
  settings: 2,
  confirm: 3,
  state: 3,
  'environment-manager': 3,
  lock: 4,
  'environment-switcher': 4,
  operator: 5,
  bridge: 6,
  ipc: 7,
  runtime: 7,
  electron: 8,
  index: 9,
};

describe("main/'s structure", () => {
  const graph = readImportGraph(root, 'main');

  it('reads the imports of every file in main/', () => {
    expect(graph.files.length).toBeGreaterThan(150);
    expect(graph.edges.get('main/desk/desk.ts')?.size ?? 0).toBeGreaterThan(5);
  });

  it('has no import that runs back up a floor', () => {
    expect(importsAgainstFloors(graph, 'main', MAIN_FLOORS)).toEqual([]);
  });

  it('has no circle of imports between files or folders, at any depth', () => {
    expect(findCycles(graph, 'main')).toEqual([]);
  });
});

describe('the structure checks can fail', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'structure-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(scratch, path)), { recursive: true });
    writeFileSync(join(scratch, path), text);
  };
  // low/a.ts ↔ low/b.ts (a file circle); low/deep/x.ts → high.ts (a back edge), and
  // one/p.ts → two/q.ts → one/r.ts (a circle of folders with no circle of files).
  write('tree/low/a.ts', "import { b } from './b';\nexport const a = b;\n");
  write('tree/low/b.ts', "import type { a } from './a';\nexport const b: typeof a = 1;\n");
  write('tree/low/deep/x.ts', "import { h } from '../../high';\nexport const x = h;\n");
  write('tree/high.ts', "import { a } from './low/a';\nexport const h = a;\n");
  write('tree/one/p.ts', "import { q } from '../two/q';\nexport const p = q;\n");
  write('tree/two/q.ts', "export { r as q } from '../one/r';\n");
  write('tree/one/r.ts', 'export const r = 1;\n');
  const broken = readImportGraph(scratch, 'tree');

  it('finds a circle of files, and a circle of folders made of one-way file imports', () => {
    expect(findCycles(broken, 'tree')).toEqual(
      expect.arrayContaining([
        ['tree/a.ts', 'tree/b.ts'].map((f) => f.replace('tree/', 'tree/low/')),
        ['tree/one/', 'tree/two/'],
      ]),
    );
  });

  it('finds an import from a low floor to a high one, and a room with no floor', () => {
    const wrong = importsAgainstFloors(broken, 'tree', { low: 1, high: 2, one: 3 });
    expect(wrong).toEqual(
      expect.arrayContaining([
        'tree/low/deep/x.ts -> tree/high.ts: floor 1 imports floor 2',
        'tree/one/p.ts -> tree/two/q.ts: two has no floor in the table',
      ]),
    );
  });
});
