// An outbox intent: one create or delete the operator asked for, recorded durably with its
// ref_id *before* anything is sent, so a crash can never lose it or send it twice.
import { z } from 'zod';
import {
  IntentRequestSchema,
  type IntentKind,
  type IntentRequest,
} from '../../../../shared/intent-payloads';

export type { IntentKind, IntentPayloads } from '../../../../shared/intent-payloads';

export const intentKinds = [
  'create_orchestration',
  'create_conversion',
  'create_rule',
  'create_fiat_account',
  'update_fiat_account',
  'delete_rule',
  'delete_fiat_account',
  'create_fiat_withdrawal',
] as const satisfies readonly IntentKind[];

/**
 * Kinds whose Paxos record is an orchestration: it stays `submitted` after Paxos accepts it and
 * ends when the orchestration does (a redemption, a conversion between profiles).
 */
const orchestrationKinds: readonly IntentKind[] = ['create_orchestration', 'create_conversion'];
export const createsOrchestration = (kind: IntentKind) => orchestrationKinds.includes(kind);

/**
 * Kinds whose life goes on after Paxos accepts them: an orchestration, or a wire out (a transfer
 * PENDING until COMPLETED or FAILED). The sync closes them; accepting one is not being done.
 */
export const endsAfterAcceptance = (kind: IntentKind) =>
  createsOrchestration(kind) || kind === 'create_fiat_withdrawal';

export const intentStates = [
  'queued', // stored, not sent; may be cancelled
  'sending', // a request may be on the wire: never cancel, never resend blindly
  'reconciling', // a send may or may not have reached Paxos: look it up by ref_id first
  'submitted', // Paxos accepted it (or answered 409 for our own ref_id)
  'completed', // Paxos reports it done (terminal)
  'failed', // Paxos rejected it or it failed there (terminal)
  'needs_attention', // the operator must confirm again (expired, changed, or unclear outcome)
  'cancelled', // the operator withdrew it before it ever left this desk
  'abandoned', // it may have left, but a definite lookup found nothing at Paxos; the operator gave it up
] as const;
export type IntentState = (typeof intentStates)[number];

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface IntentError {
  code: string;
  message: string;
  /** For answer_mismatch: what was asked and what Paxos answered, both shown to the operator. */
  asked?: string;
  answered?: string;
}

/**
 * `kind` and `payload` (the request body, or for deletes and updates the target id and fields;
 * immutable) come as a pair: narrowing on `kind` types the payload (shared/intent-payloads.ts).
 */
export type Intent = IntentRequest & IntentFields;

interface IntentFields {
  id: string;
  /** Sent as ref_id on every attempt; never changes, never reused by another intent. */
  refId: string;
  state: IntentState;
  createdAt: string;
  updatedAt: string;
  /** How many times the intent entered `sending`. */
  attempts: number;
  lastError?: IntentError;
  /** Why it is in needs_attention, e.g. 'expired', 'changed', 'unknown_outcome'. */
  attentionReason?: string;
  /**
   * What Paxos made: its id, and when (the record's created_at, else when its answer was
   * recorded): the day a wire out left Paxos, which the daily wire limit counts it on.
   */
  result?: { paxosId?: string; paxosCreatedAt?: string };
  /** When the operator last confirmed it (re-confirmation resets the expiry clock). */
  confirmedAt?: string;
  /** Definite lookups at Paxos that found nothing ("not found at Paxos after N checks"). */
  checks?: number;
  /** Set when a cancelled or abandoned request was later seen at Paxos. */
  alert?: string;
  /** The account's wires today, this one included, that main showed when it was confirmed. */
  limitAccepted?: LimitAccepted;
}

/**
 * What the operator accepted about the daily limit when main asked: the day (UTC) and the total
 * its dialog showed. At send time a larger total over the limit waits for a fresh decision
 * (redemption-precheck.ts): another desk may have wired since.
 */
export const LimitAcceptedSchema = z.object({
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  totalUsd: z.string(),
});
export type LimitAccepted = z.infer<typeof LimitAcceptedSchema>;

const refId = z
  .string()
  .min(1)
  .max(128)
  .refine((v) => v.trim() === v, 'no leading or trailing spaces');

/** A new intent: its kind with that kind's payload, and its ref_id. */
export const NewIntentSchema = IntentRequestSchema.and(
  z.object({ refId, limitAccepted: LimitAcceptedSchema.optional() }),
);
export type NewIntent = z.infer<typeof NewIntentSchema>;

const errorSchema = z.object({
  code: z.string(),
  message: z.string(),
  asked: z.string().optional(),
  answered: z.string().optional(),
});

/** Fields a caller may change; id, kind, refId, payload and createdAt never change. */
export const IntentPatchSchema = z
  .object({
    state: z.enum(intentStates),
    lastError: errorSchema.nullable(),
    attentionReason: z.string().nullable(),
    result: z.object({ paxosId: z.string().optional(), paxosCreatedAt: z.string().optional() }),
    confirmedAt: z.string(),
    checks: z.number().int().min(0),
    alert: z.string(),
    limitAccepted: LimitAcceptedSchema,
  })
  .partial()
  .strict();
export type IntentPatch = z.infer<typeof IntentPatchSchema>;

/** What is read back from disk: checked, so a damaged or future-version record is noticed. */
export const StoredIntentSchema = IntentRequestSchema.and(
  z.object({
    refId,
    id: z.string().min(1),
    state: z.enum(intentStates),
    createdAt: z.string(),
    updatedAt: z.string(),
    attempts: z.number().int().min(0),
    lastError: errorSchema.optional(),
    attentionReason: z.string().optional(),
    result: z
      .object({ paxosId: z.string().optional(), paxosCreatedAt: z.string().optional() })
      .optional(),
    confirmedAt: z.string().optional(),
    checks: z.number().int().min(0).optional(),
    alert: z.string().optional(),
    limitAccepted: LimitAcceptedSchema.optional(),
  }),
);
