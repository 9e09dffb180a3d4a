// Reads and writes the anchor (anchor-record.ts) through a port the runtime backs with the OS
// keychain, one entry per environment. Written with each operator decision (human-paced) and at
// most once per sync cycle (only when the audit position moved), never once per record.
// A keychain that cannot be read is "unknown", never "no anchor": the desk then says that
// rollback protection is off for this run rather than trusting the file.
import type { AnchoredIntent, AnchorRecord } from './anchor-record';
import { parseAnchorRecord } from './anchor-record';

/** The keychain entry for one environment's anchor. */
export interface AnchorStore {
  /** null when none was ever written; throws when the keychain cannot be read. */
  read(): Promise<string | null>;
  write(text: string): Promise<void>;
}

export type AnchorRead =
  { kind: 'none' } | { kind: 'found'; record: AnchorRecord } | { kind: 'unreadable'; why: string };

export class DeskAnchor {
  private lastWritten: { seq: number; open: string } | undefined;

  constructor(
    private readonly store: AnchorStore,
    private readonly now: () => Date,
  ) {}

  async read(): Promise<AnchorRead> {
    let text: string | null;
    try {
      text = await this.store.read();
    } catch (error) {
      return { kind: 'unreadable', why: error instanceof Error ? error.message : String(error) };
    }
    if (text === null) return { kind: 'none' };
    const record = parseAnchorRecord(text);
    return record
      ? { kind: 'found', record }
      : { kind: 'unreadable', why: 'the anchor in the keychain is not readable' };
  }

  /**
   * Records how far the database has got. Skipped when nothing moved since the last write; a
   * keychain that refuses the write is reported to the caller (shown, not thrown at the operator).
   */
  async write(auditSeq: number, auditHash: string, open: AnchoredIntent[]): Promise<boolean> {
    const key = JSON.stringify(open);
    if (this.lastWritten?.seq === auditSeq && this.lastWritten.open === key) return false;
    const record: AnchorRecord = {
      v: 1,
      auditSeq,
      auditHash,
      open,
      at: this.now().toISOString(),
    };
    await this.store.write(JSON.stringify(record));
    this.lastWritten = { seq: auditSeq, open: key };
    return true;
  }
}
