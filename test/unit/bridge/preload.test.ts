// The preload exposes exactly the contract: one method per operation, one onX per event,
// forwarding a single argument and hiding the IPC event object from listeners.
import { describe, expect, it, vi } from 'vitest';
import { buildTreasuryApi, type IpcLike } from '../../../preload/build-api';
import { eventNames, operationNames, subscribeMethodName } from '../../../shared/bridge-names';
import { operations, events } from '../../../shared/contract';

function fakeIpc() {
  const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
  const ipc: IpcLike & { emit(channel: string, payload: unknown): void } = {
    invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({ channel, args })),
    on: (channel, listener) =>
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)),
    removeListener: (channel, listener) => listeners.get(channel)?.delete(listener),
    emit: (channel, payload) =>
      listeners.get(channel)?.forEach((l) => l({ sender: 'secret-sender' }, payload)),
  };
  return ipc;
}

describe('preload bridge', () => {
  it('exposes exactly the contract names and nothing else', () => {
    const api = buildTreasuryApi(fakeIpc());
    const expected = [...operationNames, ...eventNames.map(subscribeMethodName)].sort();
    expect(Object.keys(api).sort()).toEqual(expected);
    expect(Object.keys(operations).sort()).toEqual([...operationNames].sort());
    expect(Object.keys(events).sort()).toEqual([...eventNames].sort());
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('forwards one argument on the operation channel, dropping extras', async () => {
    const ipc = fakeIpc();
    const api = buildTreasuryApi(ipc);
    await (api.getState as (...a: unknown[]) => Promise<unknown>)('x', 'extra');
    expect(ipc.invoke).toHaveBeenCalledWith('treasury:op:getState', 'x');
  });

  it('gives listeners the payload only, never the IPC event, and can unsubscribe', () => {
    const ipc = fakeIpc();
    const api = buildTreasuryApi(ipc);
    const seen: unknown[][] = [];
    const off = api.onState!((...args: unknown[]) => seen.push(args)) as () => void;
    ipc.emit('treasury:event:state', { revision: 1 });
    off();
    ipc.emit('treasury:event:state', { revision: 2 });
    expect(seen).toEqual([[{ revision: 1 }]]);
  });

  it('refuses a non-function listener', () => {
    expect(() => buildTreasuryApi(fakeIpc()).onState!('nope')).toThrow(TypeError);
  });
});
