// The app state main owns and mirrors to the renderer: a full snapshot on request (`getState`)
// and small deltas after that (`state` event). Slices are replaced whole, so a delta for the
// connection indicator never carries balances along with it. The full orchestration history
// (possibly 100,000 rows) is not state: Activity pages through it with `queryActivity`, and
// `activity.revision` tells it when to ask again.
import { z } from 'zod';
import { IncomingWiresSliceSchema } from './money-in';
import { BridgeErrorSchema } from './app-error';
import { EnvironmentKindSchema } from './environment';
import { SettingsSchema } from './settings';
import {
  FiatAccountViewSchema,
  IntentViewSchema,
  OrchestrationViewSchema,
  ProfileViewSchema,
  RuleViewSchema,
} from './views';

export const connectionStatuses = [
  'unknown', // nothing tried yet since start
  'online', // the last real request to Paxos answered
  'offline', // the last real request could not reach Paxos
  'cooling_down', // Paxos answered 429: nothing is sent until coolDownUntil
  'not_configured', // no credentials for this environment
] as const;

export const ConnectionSchema = z.object({
  status: z.enum(connectionStatuses),
  checkedAt: z.string().nullable(),
  lastSyncAt: z.string().nullable(),
  coolDownUntil: z.string().nullable(),
  lastError: BridgeErrorSchema.nullable(),
});
export type Connection = z.infer<typeof ConnectionSchema>;

/** One capability of the credential: on, or off and why (a scope Paxos refused or lacks). */
export const CapabilityStatusSchema = z.object({
  name: z.string(),
  label: z.string(),
  on: z.boolean(),
  reason: z.string().optional(),
});
export type CapabilityStatus = z.infer<typeof CapabilityStatusSchema>;

/** Request signing of a credential: the public half only (the private key stays in main). */
export const SigningStatusSchema = z.object({
  /** off; key_ready (made, to be registered in the Paxos Dashboard); on (every request signed). */
  state: z.enum(['off', 'key_ready', 'on']),
  algorithm: z.enum(['EdDSA', 'ES256']).optional(),
  publicKeyPem: z.string().optional(),
  fingerprint: z.string().optional(),
  keyId: z.string().optional(),
});
export type SigningStatus = z.infer<typeof SigningStatusSchema>;

export const CredentialsStatusSchema = z.object({
  configured: z.boolean(),
  storage: z.enum(['keychain', 'session', 'none', 'built-in']),
  /** Last four characters of the client id, to tell credentials apart. Never the secret. */
  clientIdHint: z.string().optional(),
  keychainAvailable: z.boolean(),
  /** Why the keychain cannot be used, in words for the operator. */
  keychainProblem: z.string().optional(),
  /** What the credential lets the desk do, once Paxos has answered a token request. */
  capabilities: z.array(CapabilityStatusSchema).optional(),
  signing: SigningStatusSchema.optional(),
});
export type CredentialsStatus = z.infer<typeof CredentialsStatusSchema>;

/** What a notice opens: the same target a click on its native notification opens. */
export const NoticeTargetSchema = z.object({
  screen: z.enum(['activity', 'bank-accounts', 'auto-redeem', 'fund']),
  id: z.string(),
});

/** How many notices main keeps: enough for a day's activity, small enough to resend whole. */
export const RECENT_NOTICES_LIMIT = 50;

/**
 * A notice the desk raised, kept in the window too: the OS may not show it (no notification
 * centre, notifications off, or an unsigned macOS build since Electron 42).
 */
export const RecentNoticeSchema = z.object({
  id: z.string(),
  at: z.string(),
  environment: EnvironmentKindSchema,
  title: z.string(),
  body: z.string(),
  target: NoticeTargetSchema,
  /** True once handed to the OS notification centre with no failure reported; false when it could not be. */
  shownByOs: z.boolean(),
  /** Why the OS did not show it, in words for the operator. */
  notShownReason: z.string().optional(),
});
export type RecentNotice = z.infer<typeof RecentNoticeSchema>;
/** The local database's health: damage found at open, and whether sending is held for it. */
export const StorageHealthSchema = z.object({
  ok: z.boolean(),
  /** True until every intent has been checked with Paxos after damage was found. */
  sendingHeld: z.boolean(),
  /** What to tell the operator (null when all is well). */
  message: z.string().nullable(),
  problems: z.array(z.string()),
  /** Where the damaged file was kept for support. */
  keptAt: z.string().nullable(),
  damagedIntents: z.array(
    z.object({
      refId: z.string().nullable(),
      claimedState: z.string().nullable(),
      resolution: z.string().nullable(),
    }),
  ),
  alerts: z.array(z.string()),
  auditChainOk: z.boolean(),
  lastCheckError: z.string().nullable(),
  /**
   * The last background send or flush that failed unexpectedly (a storage error, say), until a
   * later flush runs clean. The request it concerns is looked up by ref_id before any resend.
   */
  backgroundError: z
    .object({ message: z.string(), at: z.string(), refId: z.string().nullable() })
    .nullable(),
  /**
   * The disk or the folder refuses writes (full, I/O error, no permission, read-only): `message`
   * says so and sending is held until a write succeeds again. Open kind: shown, never matched.
   */
  writeFault: z.object({ kind: z.string(), since: z.string() }).nullable(),
});
export type StorageHealthView = z.infer<typeof StorageHealthSchema>;
/** What the lock screen needs to know: how the operator can unlock. No secret, no desk data. */
export const LockStatusSchema = z.object({
  /** An app passcode has been chosen (at onboarding). */
  passcodeSet: z.boolean(),
  /** Where its hash lives: the OS keychain, or memory for this run when there is no keychain. */
  passcodeStorage: z.enum(['keychain', 'session', 'none']),
  /** "Touch ID" when the OS can confirm the operator; null where Electron offers nothing. */
  osAuthentication: z.string().nullable(),
  /** After repeated failures, no attempt is looked at before this time. */
  retryAt: z.string().nullable(),
});

/**
 * A record whose status no Paxos document names, unchanged for a day
 * (UNKNOWN_STATUS_LOOK_AFTER_MS): it stays in flight as Paxos wrote it, and someone should look
 * at it at Paxos (it may be stuck, or this version may be too old to know what it means).
 */
export const NeedsALookSchema = z.object({
  collection: z.enum(['orchestrations', 'rules']),
  id: z.string(),
  /** As Paxos wrote it. */
  status: z.string(),
  /** When Paxos last changed it (updated_at, else created_at); absent when it never said. */
  since: z.string().optional(),
  message: z.string(),
});
export type NeedsALook = z.infer<typeof NeedsALookSchema>;

/** A streamed CSV export: `total` is the filter's count when it started (capped filters: at least). */
export const ExportProgressSchema = z.object({
  rows: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  done: z.boolean(),
});
export type ExportProgress = z.infer<typeof ExportProgressSchema>;

const cached = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), asOf: z.string().nullable() });

export const AppStateSchema = z.object({
  environment: EnvironmentKindSchema,
  environmentLabel: z.string(),
  locked: z.boolean(),
  lock: LockStatusSchema,
  connection: ConnectionSchema,
  credentials: CredentialsStatusSchema,
  settings: SettingsSchema,
  profiles: cached(ProfileViewSchema),
  fiatAccounts: cached(FiatAccountViewSchema),
  rules: cached(RuleViewSchema),
  /** Redemptions not yet COMPLETED or FAILED, plus the ones that ended in the last 24 hours. */
  recentOrchestrations: cached(OrchestrationViewSchema),
  /** Intents not yet confirmed by Paxos (queued, sending, needs attention) and recent ones. */
  outbox: z.object({ items: z.array(IntentViewSchema) }),
  activity: z.object({
    total: z.number().int().nonnegative(),
    revision: z.number().int().nonnegative(),
  }),
  /** Records in a status no document names that have not moved for a day: look at them. */
  needsALook: z.array(NeedsALookSchema),
  /** Sum of today's redemptions in USD terms, for the daily soft limit. */
  redeemedTodayUsd: z.string(),
  /** Every notice raised since start, newest first, at most RECENT_NOTICES_LIMIT. */
  recentNotices: z.array(RecentNoticeSchema).max(RECENT_NOTICES_LIMIT),
  /** Absent until a desk is open; see StorageHealthSchema. */
  storage: StorageHealthSchema.optional(),
  /** Money in: incoming wires and the wires the operator expects (absent until a desk is open). */
  incomingWires: IncomingWiresSliceSchema.optional(),
  /** The CSV export being written (rows so far, of about `total`), or the last one once done. */
  exportProgress: ExportProgressSchema.nullable().optional(),
});
export type AppState = z.infer<typeof AppStateSchema>;

/** Slices that are lists of items with an id: they travel as item-level deltas. */
export const listSliceKeys = ['profiles', 'fiatAccounts', 'rules', 'recentOrchestrations'] as const;
export type ListSliceKey = (typeof listSliceKeys)[number];

const listDelta = <T extends z.ZodType>(item: T) =>
  z.object({ asOf: z.string().nullable(), order: z.array(z.string()), upsert: z.array(item) });

export const StateDeltaSchema = z.object({
  /** Increases by one per delta; a gap tells the renderer to ask for a fresh snapshot. */
  revision: z.number().int().nonnegative(),
  /** Slices replaced whole. */
  set: AppStateSchema.partial(),
  /** List slices: the changed items and the new order (see shared/list-delta.ts). */
  lists: z
    .object({
      profiles: listDelta(ProfileViewSchema),
      fiatAccounts: listDelta(FiatAccountViewSchema),
      rules: listDelta(RuleViewSchema),
      recentOrchestrations: listDelta(OrchestrationViewSchema),
    })
    .partial()
    .optional(),
});
export type StateDelta = z.infer<typeof StateDeltaSchema>;

export const StateSnapshotSchema = z.object({
  revision: z.number().int().nonnegative(),
  state: AppStateSchema,
});
export type StateSnapshot = z.infer<typeof StateSnapshotSchema>;
