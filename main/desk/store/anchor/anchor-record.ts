// What the desk knows it has done, kept OUTSIDE its database (issue 21): a file can only vouch
// for itself. SQLite drops a WAL tail silently after a bad checksum, a restored backup is a
// valid, older database, and a deleted one is a valid empty one; quick_check, the row checksums
// and the audit chain all pass on each. So the desk also writes, to the OS keychain, how far its
// audit log had got (every intent change commits an audit entry in the same transaction, so the
// audit position is the desk's decision counter) and the requests still open at that point, with
// enough words to name them if they go missing.
import { z } from 'zod';

/** An open request as the anchor remembers it: enough to name it and look it up by ref_id. */
export const AnchoredIntentSchema = z.object({
  refId: z.string(),
  kind: z.string(),
  state: z.string(),
  /** "401.00 USDC from Operating reserve to Payroll ••••6789": what it was, in words. */
  summary: z.string(),
});

export const AnchorRecordSchema = z.object({
  v: z.literal(1),
  /** The last audit entry the database had committed when this was written. */
  auditSeq: z.number().int().min(-1),
  auditHash: z.string(),
  /** Every request that had not ended (queued, sending, submitted, waiting for the operator…). */
  open: z.array(AnchoredIntentSchema),
  at: z.string(),
});

export type AnchoredIntent = z.infer<typeof AnchoredIntentSchema>;
export type AnchorRecord = z.infer<typeof AnchorRecordSchema>;

export function parseAnchorRecord(text: string): AnchorRecord | undefined {
  try {
    const parsed = AnchorRecordSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
