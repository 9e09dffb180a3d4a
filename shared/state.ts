// The app state main owns and mirrors to the renderer: a full snapshot on request (`getState`)
// and small deltas after that (`state` event). Slices are replaced whole, so a delta for the
// connection indicator never carries balances along with it. The full orchestration history
// (possibly 100,000 rows) is not state: Activity pages through it with `queryActivity`, and
// `activity.revision` tells it when to ask again.
import { z } from 'zod';
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

export const CredentialsStatusSchema = z.object({
  configured: z.boolean(),
  storage: z.enum(['keychain', 'session', 'none', 'built-in']),
  /** Last four characters of the client id, to tell credentials apart. Never the secret. */
  clientIdHint: z.string().optional(),
  keychainAvailable: z.boolean(),
  /** Why the keychain cannot be used, in words for the operator. */
  keychainProblem: z.string().optional(),
});
export type CredentialsStatus = z.infer<typeof CredentialsStatusSchema>;

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
export type LockStatus = z.infer<typeof LockStatusSchema>;

const cached = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), asOf: z.string().nullable() });

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
  activity: z.object({ total: z.number().int().nonnegative(), revision: z.number().int().nonnegative() }),
  /** Sum of today's redemptions in USD terms, for the daily soft limit. */
  redeemedTodayUsd: z.string(),
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

export const StateSnapshotSchema = z.object({ revision: z.number().int().nonnegative(), state: AppStateSchema });
export type StateSnapshot = z.infer<typeof StateSnapshotSchema>;
