// One journal line per operation: {"k":key,"v":value} for a put, {"k":key,"d":1} for a delete.
// JSON.stringify never emits a raw newline, so "\n" is a safe record separator.
export type JournalOp =
  { kind: 'put'; key: string; value: unknown } | { kind: 'delete'; key: string };

export function encodeOp(op: JournalOp): Buffer {
  const body = op.kind === 'put' ? { k: op.key, v: op.value } : { k: op.key, d: 1 };
  return Buffer.from(`${JSON.stringify(body)}\n`, 'utf8');
}

/** Returns undefined for a line that is not a well-formed journal record. */
export function decodeOp(line: string): JournalOp | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { k, v, d } = parsed as { k?: unknown; v?: unknown; d?: unknown };
  if (typeof k !== 'string') return undefined;
  if (d === 1) return { kind: 'delete', key: k };
  if (v === undefined) return undefined;
  return { kind: 'put', key: k, value: v };
}
