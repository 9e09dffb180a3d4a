// A fake `window.treasury` for component tests: each operation answers from a handler the test
// provides (returning a value, or throwing a BridgeError-shaped object to fail), every call is
// recorded, and the test can push `state` deltas and `openItem` events like main does.
import { vi } from 'vitest';
import type { BridgeError } from '../../../shared/app-error';
import { operationNames, type OperationName } from '../../../shared/bridge-names';
import {
  operations,
  type EventPayload,
  type OperationInput,
  type OperationOutput,
  type TreasuryApi,
} from '../../../shared/contract';
import type { AppState } from '../../../shared/state';
import { useAppStore } from '../../../renderer/src/store/app-store';
import { useDraftStore } from '../../../renderer/src/store/draft-store';
import { useNavigation } from '../../../renderer/src/store/navigation-store';
import { appState } from './fixtures';

export type FakeHandlers = {
  [K in OperationName]?: (
    input: OperationInput<K>,
  ) => OperationOutput<K> | Promise<OperationOutput<K>>;
};

/** Thrown from a fake handler to make the call fail with this bridge error. */
export class FakeFailure {
  constructor(readonly error: BridgeError) {}
}

export interface FakeTreasury {
  api: TreasuryApi;
  calls: { name: OperationName; input: unknown }[];
  callsOf(name: OperationName): unknown[];
  emitState(set: Partial<AppState>): void;
  emitOpenItem(item: EventPayload<'openItem'>): void;
}

/** Harmless answers for the reads screens make on their own when a test does not care. */
const defaults = {
  getAuditLog: { entries: [] },
  queryActivity: { total: 0, rows: [], asOf: null },
  summarizeActivity: { count: 0, byStatus: [], days: [], asOf: null },
};

export function installFakeTreasury(
  handlers: FakeHandlers = {},
  state: AppState = appState(),
): FakeTreasury {
  const calls: FakeTreasury['calls'] = [];
  const stateListeners = new Set<(d: EventPayload<'state'>) => void>();
  const openListeners = new Set<(d: EventPayload<'openItem'>) => void>();
  let revision = 1;
  const answer = async (name: OperationName, input: unknown): Promise<unknown> => {
    const handler = (handlers as Record<string, ((i: unknown) => unknown) | undefined>)[name];
    if (handler) return handler(input);
    // A switch answers main's snapshot; tests that follow the switch push the new state themselves.
    if (name === 'getState' || name === 'switchEnvironment') return { revision, state };
    if (name === 'getAppInfo') {
      return {
        name: 'Treasury Desk',
        version: '0.1.0',
        environment: state.environment,
        environmentLabel: state.environmentLabel,
        platform: 'test',
      };
    }
    if (name in defaults) return defaults[name as keyof typeof defaults];
    // Only operations that answer "done" get it unasked; anything else needs the test's handler.
    if (operations[name].output.safeParse({ done: true }).success) return { done: true };
    throw new Error(
      `The fake bridge has no answer for ${name}: give installFakeTreasury a handler for it.`,
    );
  };
  const api: Record<string, unknown> = {};
  for (const name of operationNames) {
    api[name] = vi.fn(async (input: unknown) => {
      calls.push({ name, input });
      try {
        // Every answer goes through the contract's output schema, as main's table does: a fake
        // answer the contract would not let through fails the test instead of passing silently.
        return { ok: true, value: operations[name].output.parse(await answer(name, input)) };
      } catch (caught) {
        if (caught instanceof FakeFailure) return { ok: false, error: caught.error };
        throw caught;
      }
    });
  }
  api.onState = (listener: (d: EventPayload<'state'>) => void) => {
    stateListeners.add(listener);
    return () => stateListeners.delete(listener);
  };
  api.onOpenItem = (listener: (d: EventPayload<'openItem'>) => void) => {
    openListeners.add(listener);
    return () => openListeners.delete(listener);
  };
  window.treasury = api as unknown as TreasuryApi;
  return {
    api: window.treasury,
    calls,
    callsOf: (name) => calls.filter((c) => c.name === name).map((c) => c.input),
    emitState: (set) => {
      revision += 1;
      for (const l of stateListeners) l({ revision, set });
    },
    emitOpenItem: (item) => {
      for (const l of openListeners) l(item);
    },
  };
}

/** Puts a state straight into the store, as if main had sent it (for screens tested alone). */
export function seedStore(state: AppState = appState()): void {
  useAppStore.setState({ state, revision: 1, info: null, loadError: null });
}

export function resetStores(): void {
  useAppStore.setState({ state: null, revision: -1, info: null, loadError: null });
  useNavigation.setState({ screen: 'overview', focusId: null });
  useDraftStore.setState({ drafts: {} });
}
