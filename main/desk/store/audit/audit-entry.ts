// One line of the audit log: who did what, when, in which environment, and how it ended.
import { z } from 'zod';
import { EnvironmentKindSchema, type EnvironmentKind } from '../../../../shared/environment';

export const auditOutcomes = [
  'requested',
  'succeeded',
  'failed',
  'cancelled',
  'confirmed',
  'info',
] as const;
export type AuditOutcome = (typeof auditOutcomes)[number];

/** What a caller records. `user`, `at` and `environment` are filled in by the log. */
export const AuditRecordSchema = z.object({
  /** Dotted verb, e.g. 'redemption.create', 'credentials.save', 'intent.cancel'. */
  action: z.string().regex(/^[a-z][a-z0-9_.-]{0,99}$/),
  outcome: z.enum(auditOutcomes),
  refId: z.string().min(1).max(200).optional(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type AuditRecord = z.infer<typeof AuditRecordSchema>;

export interface AuditEntry {
  /** Position in this environment's log, from 0; `page({ before })` takes it as a cursor. */
  seq: number;
  at: string;
  /** OS user name of the operator. */
  user: string;
  action: string;
  environment: EnvironmentKind;
  refId?: string;
  outcome: AuditOutcome;
  details?: Record<string, unknown>;
  /** Paths the sanitiser removed from details (names only, never values). */
  redacted?: string[];
}

export const StoredAuditEntrySchema = z.object({
  seq: z.number().int().min(0),
  at: z.string(),
  user: z.string(),
  action: z.string(),
  environment: EnvironmentKindSchema,
  refId: z.string().optional(),
  outcome: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
  redacted: z.array(z.string()).optional(),
});
