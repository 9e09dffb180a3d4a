// The money-in tables (migration 7): Paxos's wire instructions as last read, the ref_id chosen
// before instructions are asked for, incoming wires as last read, and the operator's expected
// wires with their match. Paxos records are stored whole (JSON) and read back through the same
// lenient schemas as any answer.
import { FiatDepositInstructionsSchema } from '../../../shared/paxos/deposit-instructions';
import type { FiatDepositInstructions } from '../../../shared/paxos/deposit-instructions';
import { TransferSchema, type Transfer } from '../../../shared/paxos/responses';
import type { DeskDatabase } from '../store/db/desk-database';

export interface StoredWire {
  record: Transfer;
  fetchedAt: string;
}
export interface StoredInstructions {
  record: FiatDepositInstructions;
  routingType: string;
  fetchedAt: string;
}
export interface ExpectedWire {
  id: string;
  profileId: string;
  memoId: string;
  amount: string;
  expectedOn: string;
  note: string;
  createdAt: string;
  matchedTransferId?: string;
  matchedAt?: string;
}
/** A wire whose status this read changed (or that was first seen). */
export interface WireChange {
  record: Transfer;
  from: string | undefined;
  to: string;
}

interface ExpectedRow {
  id: string;
  profile_id: string;
  memo_id: string;
  amount: string;
  expected_on: string;
  note: string;
  created_at: string;
  matched_transfer_id: string | null;
  matched_at: string | null;
}

const HISTORY_KEY = 'incoming_wires.history_read_at';
/** The newest update among the wires out read (they are not stored here; see incoming-sync.ts). */
const WIRE_OUTS_KEY = 'incoming_wires.wire_outs_read_to';

export const routingTypeOf = (i: FiatDepositInstructions): string =>
  i.fiat_network_instructions?.wire?.routing_details?.routing_number_type ?? 'UNKNOWN';

export class IncomingStore {
  constructor(private readonly db: DeskDatabase) {}

  instructions(): StoredInstructions[] {
    return this.db
      .all<{ record: string; routing_type: string; fetched_at: string }>(
        'SELECT record, routing_type, fetched_at FROM wire_instructions ORDER BY id',
      )
      .map((row) => ({
        record: FiatDepositInstructionsSchema.parse(JSON.parse(row.record)),
        routingType: row.routing_type,
        fetchedAt: row.fetched_at,
      }));
  }

  putInstructions(records: readonly FiatDepositInstructions[], fetchedAt: string): void {
    this.db.transaction(() => {
      for (const r of records)
        this.db.run(
          `INSERT INTO wire_instructions (id, profile_id, routing_type, status, memo_id, record, fetched_at)
           VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET status = excluded.status,
           record = excluded.record, fetched_at = excluded.fetched_at`,
          r.id,
          r.profile_id ?? '',
          routingTypeOf(r),
          r.status,
          r.memo_id,
          JSON.stringify(r),
          fetchedAt,
        );
    });
  }

  /** The ref_id chosen for this profile and routing type and not yet settled, if any. */
  pendingRef(profileId: string, routingType: string): string | undefined {
    return this.db.get<{ ref_id: string }>(
      'SELECT ref_id FROM wire_instruction_requests WHERE profile_id = ? AND routing_type = ?',
      profileId,
      routingType,
    )?.ref_id;
  }

  /** Written (fsynced) before the request leaves: a lost answer is then looked up by it. */
  choosePendingRef(profileId: string, routingType: string, refId: string, at: string): void {
    this.db.transaction(() =>
      this.db.run(
        'INSERT INTO wire_instruction_requests (profile_id, routing_type, ref_id, created_at) VALUES (?, ?, ?, ?)',
        profileId,
        routingType,
        refId,
        at,
      ),
    );
  }

  settlePendingRef(profileId: string, routingType: string): void {
    this.db.transaction(() =>
      this.db.run(
        'DELETE FROM wire_instruction_requests WHERE profile_id = ? AND routing_type = ?',
        profileId,
        routingType,
      ),
    );
  }

  wires(): StoredWire[] {
    return this.db
      .all<{ record: string; fetched_at: string }>(
        'SELECT record, fetched_at FROM incoming_wires ORDER BY updated_at DESC',
      )
      .map((row) => ({
        record: TransferSchema.parse(JSON.parse(row.record)),
        fetchedAt: row.fetched_at,
      }));
  }

  /** Whether the history of incoming wires was read once (what arrives after it is news). */
  historyRead(): boolean {
    return this.db.get('SELECT 1 AS x FROM meta WHERE key = ?', HISTORY_KEY) !== undefined;
  }

  markHistoryRead(at: string): void {
    this.db.transaction(() =>
      this.db.run('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)', HISTORY_KEY, at),
    );
  }

  /** The newest update time of a wire out read and handed on, if any. */
  wireOutsReadTo(): string | undefined {
    return (
      this.db.get<{ value: string }>('SELECT value FROM meta WHERE key = ?', WIRE_OUTS_KEY)
        ?.value ?? undefined
    );
  }

  /** Moves the wire-out mark forward to `at` (never back). */
  markWireOutsReadTo(at: string): void {
    const before = this.wireOutsReadTo();
    if (Number.isNaN(Date.parse(at)) || (before && Date.parse(before) >= Date.parse(at))) return;
    this.db.transaction(() =>
      this.db.run(
        'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
        WIRE_OUTS_KEY,
        at,
      ),
    );
  }

  /** The latest update time of a wire in read from Paxos. */
  newestUpdate(): string | undefined {
    return (
      this.db.get<{ at: string | null }>('SELECT max(updated_at) AS at FROM incoming_wires')?.at ??
      undefined
    );
  }

  /** Stores the wires read, in one commit; answers those first seen or whose status moved. */
  putWires(records: readonly Transfer[], fetchedAt: string): WireChange[] {
    const changes: WireChange[] = [];
    this.db.transaction(() => {
      for (const record of records) {
        const before = this.db.get<{ status: string }>(
          'SELECT status FROM incoming_wires WHERE id = ?',
          record.id,
        )?.status;
        this.db.run(
          `INSERT INTO incoming_wires (id, updated_at, status, record, fetched_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET updated_at = excluded.updated_at, status = excluded.status,
           record = excluded.record, fetched_at = excluded.fetched_at`,
          record.id,
          record.updated_at ?? record.created_at ?? fetchedAt,
          record.status,
          JSON.stringify(record),
          fetchedAt,
        );
        if (before !== record.status) changes.push({ record, from: before, to: record.status });
      }
    });
    return changes;
  }

  expected(): ExpectedWire[] {
    return this.db
      .all<ExpectedRow>('SELECT * FROM expected_wires ORDER BY expected_on, created_at')
      .map((row) => ({
        id: row.id,
        profileId: row.profile_id,
        memoId: row.memo_id,
        amount: row.amount,
        expectedOn: row.expected_on,
        note: row.note,
        createdAt: row.created_at,
        ...(row.matched_transfer_id ? { matchedTransferId: row.matched_transfer_id } : {}),
        ...(row.matched_at ? { matchedAt: row.matched_at } : {}),
      }));
  }

  addExpected(wire: ExpectedWire): void {
    this.db.transaction(() =>
      this.db.run(
        'INSERT INTO expected_wires (id, profile_id, memo_id, amount, expected_on, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        wire.id,
        wire.profileId,
        wire.memoId,
        wire.amount,
        wire.expectedOn,
        wire.note,
        wire.createdAt,
      ),
    );
  }

  /** Only a wire not matched yet can be removed: a match is history. True if removed. */
  removeExpected(id: string): boolean {
    return this.db.transaction(
      () =>
        Number(
          this.db.run('DELETE FROM expected_wires WHERE id = ? AND matched_transfer_id IS NULL', id)
            .changes,
        ) === 1,
    );
  }

  /** Records matches in one commit; each expected wire and each transfer is matched once. */
  recordMatches(matches: readonly { expectedId: string; transferId: string }[], at: string): void {
    if (matches.length === 0) return;
    this.db.transaction(() => {
      for (const m of matches)
        this.db.run(
          'UPDATE expected_wires SET matched_transfer_id = ?, matched_at = ? WHERE id = ? AND matched_transfer_id IS NULL',
          m.transferId,
          at,
          m.expectedId,
        );
    });
  }
}
