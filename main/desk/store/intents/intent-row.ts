// How an intent is stored: its JSON body plus the columns queries need, and a checksum over
// all of them. A row whose checksum, schema or columns do not agree is damaged: it is never
// read as an intent (so never sent), only set aside and reported.
import { createHash } from 'node:crypto';
import { StoredIntentSchema, type Intent } from './intent';

export interface IntentRow {
  id: string;
  ref_id: string;
  kind: string;
  state: string;
  created_at: string;
  body: string;
  checksum: string;
}

/** An intent row's columns, in the order `intentRowValues` gives them (every INSERT and SELECT). */
export const INTENT_ROW_COLUMNS = 'id, ref_id, kind, state, created_at, body, checksum';
export const INTENT_ROW_PLACEHOLDERS = '?, ?, ?, ?, ?, ?, ?';

export function intentRowValues(row: IntentRow): string[] {
  return [row.id, row.ref_id, row.kind, row.state, row.created_at, row.body, row.checksum];
}

export function intentChecksum(row: Omit<IntentRow, 'checksum'>): string {
  return createHash('sha256')
    .update([row.id, row.ref_id, row.kind, row.state, row.created_at, row.body].join('\n'))
    .digest('base64url');
}

export function toIntentRow(intent: Intent): IntentRow {
  const row = {
    id: intent.id,
    ref_id: intent.refId,
    kind: intent.kind,
    state: intent.state,
    created_at: intent.createdAt,
    body: JSON.stringify(intent),
  };
  return { ...row, checksum: intentChecksum(row) };
}

/** The intent, or undefined when the row is damaged (or written by a newer version). */
export function fromIntentRow(row: IntentRow): Intent | undefined {
  if (intentChecksum(row) !== row.checksum) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(row.body);
  } catch {
    return undefined;
  }
  const parsed = StoredIntentSchema.safeParse(body);
  if (!parsed.success) return undefined;
  const intent = parsed.data as Intent;
  const agrees =
    intent.id === row.id &&
    intent.refId === row.ref_id &&
    intent.kind === row.kind &&
    intent.state === row.state &&
    intent.createdAt === row.created_at;
  return agrees ? intent : undefined;
}
