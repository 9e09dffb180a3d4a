// Builds the object the page sees as `window.treasury`: one method per contract operation and
// one `onX` per pushed event. No generic invoke, no ipcRenderer, and listeners are wrapped so
// the IpcRendererEvent (which carries `sender`) never reaches the page.
import {
  eventChannel,
  eventNames,
  operationChannel,
  operationNames,
  subscribeMethodName,
} from '../shared/bridge-names';

/** The two ipcRenderer calls the preload needs; typed narrowly so tests can fake them. */
export interface IpcLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export function buildTreasuryApi(ipc: IpcLike): Record<string, (arg?: unknown) => unknown> {
  const api: Record<string, (arg?: unknown) => unknown> = {};
  for (const name of operationNames) {
    const channel = operationChannel(name);
    // Exactly one argument crosses: extra arguments from the page are dropped here.
    api[name] = (input?: unknown) => ipc.invoke(channel, input);
  }
  for (const name of eventNames) {
    const channel = eventChannel(name);
    api[subscribeMethodName(name)] = (listener?: unknown) => {
      if (typeof listener !== 'function')
        throw new TypeError(`${subscribeMethodName(name)} needs a function`);
      const wrapped = (_event: unknown, payload: unknown) =>
        (listener as (p: unknown) => void)(payload);
      ipc.on(channel, wrapped);
      return () => void ipc.removeListener(channel, wrapped);
    };
  }
  return Object.freeze(api);
}
