// The app state main owns and mirrors to the renderer: a full snapshot on request (`getState`)
// and small deltas after that (`state` event). Slices are replaced whole, so a delta for the
// connection indicator never carries balances along with it.
import { z } from 'zod';
import { BridgeErrorSchema } from './app-error';
import { EnvironmentKindSchema } from './environment';

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

export const AppStateSchema = z.object({
  environment: EnvironmentKindSchema,
  environmentLabel: z.string(),
  locked: z.boolean(),
  connection: ConnectionSchema,
});
export type AppState = z.infer<typeof AppStateSchema>;

export const StateDeltaSchema = z.object({
  /** Increases by one per delta; a gap tells the renderer to ask for a fresh snapshot. */
  revision: z.number().int().nonnegative(),
  set: AppStateSchema.partial(),
});
export type StateDelta = z.infer<typeof StateDeltaSchema>;

export const StateSnapshotSchema = z.object({ revision: z.number().int().nonnegative(), state: AppStateSchema });
export type StateSnapshot = z.infer<typeof StateSnapshotSchema>;
