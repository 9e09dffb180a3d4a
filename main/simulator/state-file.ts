// The simulator's state on disk as JSON lines: one header line (every field that is not a list,
// plus the names of the lists), then one line per record, `["orchestrations",{…}]`. Written in
// chunks and read in chunks, so no single string ever holds the whole state: a history of
// 1,000,000 orchestrations (about 1 GB of JSON) is past V8's string limit (~512 MB) as one
// string. A file written before this format (the whole state as one JSON object) still loads.
import { closeSync, openSync, readSync, renameSync, writeSync } from 'node:fs';
import type { SimState } from './types';

export const LINES_FORMAT = 'simulator-state/json-lines';

/** Bytes per write and per read; tests pass a small one to cross chunk boundaries often. */
export interface ChunkOptions {
  chunkBytes?: number;
}

export interface WriteOptions extends ChunkOptions {
  /** Records written after the state's own, each into one of its lists (a generated history
   *  written without holding it: bench/first-sync-cost.ts). */
  appended?: Iterable<[list: string, record: unknown]>;
}

const DEFAULT_CHUNK = 4 * 1024 * 1024;

interface Header {
  format: typeof LINES_FORMAT;
  lists: string[];
  fields: Record<string, unknown>;
}

/** Writes `state` to `file` atomically (temp file + rename). */
export function writeStateFile(file: string, state: SimState, options: WriteOptions = {}): void {
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK;
  const entries = Object.entries(state);
  const lists = entries.filter(([, v]) => Array.isArray(v)).map(([k]) => k);
  const fields = Object.fromEntries(entries.filter(([, v]) => !Array.isArray(v)));
  const header: Header = { format: LINES_FORMAT, lists, fields };
  const temp = `${file}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    let pending: string[] = [];
    let pendingLength = 0;
    const flush = () => {
      if (pending.length === 0) return;
      const bytes = Buffer.from(pending.join(''), 'utf8');
      for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
      pending = [];
      pendingLength = 0;
    };
    const put = (line: string) => {
      pending.push(line, '\n');
      pendingLength += line.length + 1;
      if (pendingLength >= chunkBytes) flush();
    };
    put(JSON.stringify(header));
    const record = state as unknown as Record<string, unknown[]>;
    for (const name of lists) {
      const prefix = `[${JSON.stringify(name)},`;
      for (const item of record[name] ?? []) put(`${prefix}${JSON.stringify(item)}]`);
    }
    for (const [name, item] of options.appended ?? []) {
      if (!lists.includes(name)) throw new Error(`the state has no list ${name}`);
      put(`[${JSON.stringify(name)},${JSON.stringify(item)}]`);
    }
    flush();
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
}

/** Reads a state written by writeStateFile, or a legacy one-object file. */
export function readStateFile(file: string, options: ChunkOptions = {}): unknown {
  const lines = readLines(file, options.chunkBytes ?? DEFAULT_CHUNK);
  const first = lines.next();
  if (first.done) return undefined;
  const head = JSON.parse(first.value) as unknown;
  if (!isHeader(head)) {
    // Legacy: the whole state on one line (JSON.stringify writes no newline).
    return head;
  }
  const state: Record<string, unknown> = { ...head.fields };
  for (const name of head.lists) state[name] = [];
  for (let next = lines.next(); !next.done; next = lines.next()) {
    if (next.value === '') continue;
    const [name, item] = JSON.parse(next.value) as [string, unknown];
    const list = state[name];
    if (!Array.isArray(list)) throw new Error(`state file names an unknown list: ${name}`);
    list.push(item);
  }
  return state;
}

function isHeader(value: unknown): value is Header {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { format?: unknown }).format === LINES_FORMAT &&
    Array.isArray((value as { lists?: unknown }).lists)
  );
}

/** The file's lines, read `chunkBytes` at a time (a line may span any number of chunks). */
function* readLines(file: string, chunkBytes: number): Generator<string> {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(chunkBytes);
    let carry: Buffer[] = [];
    for (;;) {
      const read = readSync(fd, buffer, 0, chunkBytes, null);
      if (read === 0) break;
      let start = 0;
      for (
        let nl = buffer.indexOf(10, start);
        nl !== -1 && nl < read;
        nl = buffer.indexOf(10, start)
      ) {
        const tail = buffer.subarray(start, nl);
        // A newline is one byte that never occurs inside a UTF-8 sequence, so cutting there is safe.
        yield carry.length
          ? Buffer.concat([...carry, tail]).toString('utf8')
          : tail.toString('utf8');
        carry = [];
        start = nl + 1;
      }
      if (start < read) carry.push(Buffer.from(buffer.subarray(start, read)));
    }
    if (carry.length) yield Buffer.concat(carry).toString('utf8');
  } finally {
    closeSync(fd);
  }
}
