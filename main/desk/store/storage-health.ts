// What the operator must be told about the local database: damage found at open (quick_check,
// intent checksums, the audit chain), whether sending is held because of it, and what the
// check of every intent with Paxos found. The desk updates it; the projection shows it.
import type { StorageHealthView } from '../../../shared/state';
import type { AuditVerification } from './audit/audit-chain';
import type { DatabaseDamage } from './db/desk-database';
import type { WriteFault } from './db/write-fault';

/** An intent row that failed its checksum at open: what it claims, and what the check with Paxos found. */
export interface DamagedIntent {
  id: string;
  refId?: string;
  kind?: string;
  /** The state the damaged row claims (not trusted). */
  claimedState?: string;
  resolution?: string;
}

const WRITE_FAULT_ADVICE: Record<WriteFault['kind'], string> = {
  disk_full: 'Free some space on the disk; Treasury Desk tries again at every sync.',
  io_error: 'Check the disk; Treasury Desk tries again at every sync.',
  no_permission:
    "Check that this user may write Treasury Desk's data folder; it tries again at every sync.",
  read_only: 'Make the data folder writable again; Treasury Desk tries again at every sync.',
};

export class StorageHealth {
  databaseDamage: DatabaseDamage | undefined;
  /** The database is behind the anchor kept outside it (store/anchor/): what, and what it lost. */
  rolledBack: { reason: string; missing: { refId: string; summary: string }[] } | undefined;
  /** Why the anchor could not be read or written (rollback protection is off meanwhile). */
  anchorProblem: string | undefined;
  audit: AuditVerification | undefined;
  /** The audit log's key is missing or cannot be read (store/audit/audit-key.ts): damage. */
  auditKeyProblem: string | undefined;
  damagedIntents: DamagedIntent[] = [];
  /** Set while sending is held: why. Cleared once every intent was checked with Paxos. */
  heldBecause: string | undefined;
  /** Intents found at Paxos while the desk had them as not sent (raised to the operator). */
  alerts: string[] = [];
  lastCheckError: string | undefined;
  /** The disk or folder refuses writes (db/write-fault.ts), since when; cleared by a commit. */
  writeFault: (WriteFault & { since: string }) | undefined;
  /** The last background failure (send, flush), shown until a later flush runs clean. */
  backgroundError: { message: string; at: string; refId: string | null } | undefined;

  /** Damage not yet answered by a check with Paxos (resolved damaged rows stay for display). */
  get needsCheck(): boolean {
    return (
      this.databaseDamage !== undefined ||
      this.rolledBack !== undefined ||
      this.auditKeyProblem !== undefined ||
      this.damagedIntents.some((d) => d.resolution === undefined) ||
      this.audit?.ok === false
    );
  }

  get damaged(): boolean {
    return (
      this.databaseDamage !== undefined ||
      this.rolledBack !== undefined ||
      this.auditKeyProblem !== undefined ||
      this.damagedIntents.length > 0 ||
      this.audit?.ok === false
    );
  }

  view(): StorageHealthView {
    const problems = [
      ...(this.rolledBack
        ? [
            `database: ${this.rolledBack.reason} Requests it held as queued wait for your confirmation again.`,
            ...this.rolledBack.missing.map(
              (m) => `missing since then: ${m.summary} (ref ${m.refId}), looked up at Paxos next`,
            ),
          ]
        : []),
      ...(this.anchorProblem ? [`rollback protection: ${this.anchorProblem}`] : []),
      ...(this.auditKeyProblem ? [`audit log: ${this.auditKeyProblem}`] : []),
      ...(this.databaseDamage?.problems.map((p) => `database: ${p}`) ?? []),
      ...(this.audit?.problems.map((p) => `audit entry ${p.seq}: ${p.problem}`) ?? []),
    ];
    const message = this.writeFault
      ? `The local database cannot be written: ${this.writeFault.words}. Nothing is sent until it can be written again. ${WRITE_FAULT_ADVICE[this.writeFault.kind]}`
      : !this.damaged
        ? null
        : this.heldBecause
          ? 'The local database was found damaged. Nothing is sent until every request has been checked with Paxos.'
          : 'The local database was found damaged. Every request was checked with Paxos; you can rebuild the local history from Paxos.';
    return {
      ok: !this.damaged && !this.writeFault,
      sendingHeld: this.heldBecause !== undefined || this.writeFault !== undefined,
      message,
      problems: problems.slice(0, 20),
      keptAt: this.databaseDamage?.keptAt ?? null,
      damagedIntents: this.damagedIntents.map((d) => ({
        refId: d.refId ?? null,
        claimedState: d.claimedState ?? null,
        resolution: d.resolution ?? null,
      })),
      alerts: this.alerts.slice(-20),
      auditChainOk: this.audit?.ok ?? true,
      lastCheckError: this.lastCheckError ?? null,
      backgroundError: this.backgroundError ?? null,
      writeFault: this.writeFault
        ? { kind: this.writeFault.kind, since: this.writeFault.since }
        : null,
    };
  }
}
