// Composition root for everything in main that is not Electron: services, state and the bridge
// handler table. The Electron shell (`index.ts`) and the e2e harness build the app through this
// one function, so the e2e tests exercise exactly what the desktop app runs.
import { environmentLabels, type EnvironmentKind } from '../shared/environment';
import type { AppState } from '../shared/state';
import { createAppHandlers, type RuntimeInfo } from './bridge/app-handlers';
import { createHandlerTable, type CallTrace, type HandlerTable } from './bridge/handler-table';
import { AppStateStore } from './state/app-state-store';

export interface RuntimeOptions {
  runtimeInfo: RuntimeInfo;
  environment: EnvironmentKind;
  log?: (message: string, error?: unknown) => void;
  /** Sees every bridge call's outcome (never its input or result): for logs and tests. */
  traceCalls?: (call: CallTrace) => void;
}

export interface Runtime {
  state: AppStateStore;
  handlers: HandlerTable;
  dispose(): Promise<void>;
}

function initialState(environment: EnvironmentKind): AppState {
  return {
    environment,
    environmentLabel: environmentLabels[environment],
    locked: false,
    connection: { status: 'unknown', checkedAt: null, lastSyncAt: null, coolDownUntil: null, lastError: null },
  };
}

export async function createRuntime(options: RuntimeOptions): Promise<Runtime> {
  const state = new AppStateStore(initialState(options.environment));
  const handlers = createHandlerTable(
    { ...createAppHandlers(options.runtimeInfo, state) },
    {
      onUnexpected: (operation, error) => options.log?.(`bridge operation ${operation} failed unexpectedly`, error),
      ...(options.traceCalls ? { trace: options.traceCalls } : {}),
    },
  );
  return { state, handlers, dispose: async () => {} };
}
