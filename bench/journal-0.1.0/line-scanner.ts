// Streams a JSON-lines file and hands back every *complete* line ("\n"-terminated) with its
// byte offset. Bytes after the last "\n" are a torn append (the process or machine died
// mid-write): they are reported through `completeBytes`, never passed on as a line.
// Reads in 1 MiB chunks so a 100 MB cache does not become one giant string.
import type { FileHandle } from 'node:fs/promises';

const CHUNK_BYTES = 1 << 20;
const NEWLINE = 0x0a;

export interface ScanResult {
  /** Length of the prefix made of complete lines; anything beyond it is a torn tail. */
  completeBytes: number;
  totalBytes: number;
}

export async function scanCompleteLines(
  handle: FileHandle,
  onLine: (line: string, offset: number, byteLength: number) => void,
): Promise<ScanResult> {
  const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  let position = 0;
  let lineStart = 0;
  let carry: Buffer[] = [];
  for (;;) {
    const { bytesRead } = await handle.read(chunk, 0, CHUNK_BYTES, position);
    if (bytesRead === 0) break;
    const view = chunk.subarray(0, bytesRead);
    let from = 0;
    for (let nl = view.indexOf(NEWLINE, from); nl !== -1; nl = view.indexOf(NEWLINE, from)) {
      const piece = view.subarray(from, nl);
      const bytes = carry.length > 0 ? Buffer.concat([...carry, piece]) : piece;
      carry = [];
      onLine(bytes.toString('utf8'), lineStart, bytes.length + 1);
      lineStart += bytes.length + 1;
      from = nl + 1;
    }
    // The chunk buffer is reused, so keep a copy of the unfinished line.
    if (from < view.length) carry.push(Buffer.from(view.subarray(from)));
    position += bytesRead;
  }
  return { completeBytes: lineStart, totalBytes: position };
}
