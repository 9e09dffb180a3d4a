// Runs the real, built preload bundle (out/preload/index.cjs) inside the page, with `electron`
// replaced by a shim: contextBridge puts the API on window, and ipcRenderer.invoke goes to a
// Playwright binding that calls main's real handler table. Events from main arrive through
// `window.__treasuryDeliver(channel, payload)`, called by the harness.
export function preloadInitScript(preloadSource: string): string {
  return `(() => {
  const listeners = new Map();
  const ipcRenderer = {
    invoke: (channel, input) => window.__treasuryInvoke(channel, input),
    on: (channel, listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel).add(listener);
    },
    removeListener: (channel, listener) => listeners.get(channel)?.delete(listener),
  };
  Object.defineProperty(window, '__treasuryDeliver', {
    value: (channel, payload) => listeners.get(channel)?.forEach((l) => l({ sender: 'hidden' }, payload)),
  });
  const contextBridge = {
    exposeInMainWorld: (key, api) => Object.defineProperty(window, key, { value: api, enumerable: true }),
  };
  const require = (name) => {
    if (name === 'electron') return { contextBridge, ipcRenderer };
    throw new Error('a sandboxed preload cannot require ' + name);
  };
  const module = { exports: {} };
  (function (require, module, exports) {
${preloadSource}
  })(require, module, module.exports);
})();`;
}
