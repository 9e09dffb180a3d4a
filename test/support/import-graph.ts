// The import graph of a source tree, read from the files' own import statements (type-only
// imports included: they tie files together as much as any other). Used by the structure test
// to find cycles between files or folders and imports that run back up a layer.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SPECIFIER =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;
const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

export interface ImportGraph {
  /** Files, relative to the repository root. */
  files: string[];
  /** file → the files of the tree it imports. */
  edges: Map<string, Set<string>>;
}

function listSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listSources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

export function readImportGraph(root: string, tree: string): ImportGraph {
  const files = listSources(join(root, tree)).map((f) => relative(root, f));
  const known = new Set(files);
  const edges = new Map<string, Set<string>>();
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    const targets = new Set<string>();
    for (const match of text.matchAll(SPECIFIER)) {
      const spec = match[1] ?? match[2]!;
      const base = resolve(root, dirname(file), spec);
      const hit = EXTENSIONS.map((e) => relative(root, base + e)).find(
        (candidate) => known.has(candidate) && existsSync(join(root, candidate)),
      );
      if (hit && hit !== file) targets.add(hit);
    }
    edges.set(file, targets);
  }
  return { files, edges };
}

/** The child of `folder` that `file` lies in (a file directly in it, or a subfolder). */
function childOf(folder: string, file: string): string | undefined {
  if (!file.startsWith(`${folder}/`)) return undefined;
  const rest = file.slice(folder.length + 1);
  const slash = rest.indexOf('/');
  return slash < 0 ? rest : `${rest.slice(0, slash)}/`;
}

/**
 * Every cycle among the children of each folder: between files of one folder, between sibling
 * folders, or between a folder and a file beside it. A cycle between two files deep in two
 * sibling folders shows as a cycle of those folders.
 */
export function findCycles(graph: ImportGraph, tree: string): string[][] {
  const folders = new Set<string>([tree]);
  for (const file of graph.files) {
    for (let d = dirname(file); d.startsWith(tree) && d !== tree; d = dirname(d)) folders.add(d);
  }
  const cycles: string[][] = [];
  for (const folder of folders) {
    const children = new Map<string, Set<string>>();
    for (const [from, targets] of graph.edges) {
      const a = childOf(folder, from);
      if (!a) continue;
      for (const to of targets) {
        const b = childOf(folder, to);
        if (!b || b === a) continue;
        if (!children.has(a)) children.set(a, new Set());
        children.get(a)!.add(b);
      }
    }
    for (const cycle of stronglyConnected(children))
      cycles.push(cycle.map((child) => `${folder}/${child}`));
  }
  return cycles;
}

/** Tarjan's strongly connected components of more than one node. */
function stronglyConnected(edges: Map<string, Set<string>>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    order.set(node, index);
    low.set(node, index);
    index += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!order.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, order.get(next)!));
    }
    if (low.get(node) === order.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of edges.keys()) if (!order.has(node)) visit(node);
  return found;
}

/** The top-level room of `tree` a file lies in: `desk` for main/desk/…, `runtime` for main/runtime.ts. */
export function roomOf(tree: string, file: string): string {
  return file
    .slice(tree.length + 1)
    .split('/')[0]!
    .replace(/\.tsx?$/, '');
}

/**
 * Imports that do not run strictly down the declared floors: from a room to one on the same floor
 * or above it, or from or to a room the table does not place.
 */
export function importsAgainstFloors(
  graph: ImportGraph,
  tree: string,
  floors: Readonly<Record<string, number>>,
): string[] {
  const wrong: string[] = [];
  for (const [from, targets] of graph.edges) {
    const a = roomOf(tree, from);
    for (const to of targets) {
      const b = roomOf(tree, to);
      if (a === b) continue;
      const fa = floors[a];
      const fb = floors[b];
      if (fa === undefined || fb === undefined)
        wrong.push(`${from} -> ${to}: ${fa === undefined ? a : b} has no floor in the table`);
      else if (fa <= fb) wrong.push(`${from} -> ${to}: floor ${fa} imports floor ${fb}`);
    }
  }
  return wrong;
}
