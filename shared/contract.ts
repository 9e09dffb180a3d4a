// The bridge contract: every operation the renderer may ask main for, with the zod schema of
// its input and of its result, and every event main pushes. `main/ipc.ts` validates against
// it, the preload exposes exactly these names, and the renderer's types come from here.
import { z } from 'zod';
import type { BridgeResult } from './result';
import type { EventName, OperationName } from './bridge-names';
import { AppInfoSchema } from './app-info';
import { StateDeltaSchema, StateSnapshotSchema } from './state';

/** No input: the renderer calls `op()`; anything else it sends is a validation error. */
const NoInput = z.undefined();

export const operations = {
  getAppInfo: { input: NoInput, output: AppInfoSchema },
  getState: { input: NoInput, output: StateSnapshotSchema },
} satisfies Record<OperationName, { input: z.ZodType; output: z.ZodType }>;

export const events = {
  state: StateDeltaSchema,
} satisfies Record<EventName, z.ZodType>;

export type Operations = typeof operations;
export type OperationInput<K extends OperationName> = z.input<Operations[K]['input']>;
export type OperationOutput<K extends OperationName> = z.output<Operations[K]['output']>;
export type EventPayload<K extends EventName> = z.output<(typeof events)[K]>;

type OperationMethod<K extends OperationName> = undefined extends OperationInput<K>
  ? (input?: OperationInput<K>) => Promise<BridgeResult<OperationOutput<K>>>
  : (input: OperationInput<K>) => Promise<BridgeResult<OperationOutput<K>>>;

type SubscribeMethods = {
  [K in EventName as `on${Capitalize<K>}`]: (listener: (payload: EventPayload<K>) => void) => () => void;
};

/** What the preload puts on `window.treasury`: exactly this, nothing else. */
export type TreasuryApi = { [K in OperationName]: OperationMethod<K> } & SubscribeMethods;
