// Starts Treasury Desk for the renderer benchmark the way the e2e harness does
// (test/e2e/harness/launch-app.ts): main's real runtime in this process, the built renderer
// (the run's copy of out/renderer, see run.ts) in Debian's Chromium, the built preload in the page with its ipcRenderer bound
// to the real handler table. A copy rather than an import because that file needs the DOM lib,
// which tsconfig.node.json (the one covering bench/) does not load. Differences: the sync
// engine's timers never fire (cycles run when the bench asks, so no poll lands mid-measurement),
// and every bridge call is timed and sized.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { chromium, type Browser, type Page } from 'playwright-core';
import {
  eventChannel,
  operationChannel,
  operationNames,
  type OperationName,
} from '../shared/bridge-names';
import type { StateDelta } from '../shared/state';
import { manualTimers } from '../test/integration/desk/desk-fixture';
import { preloadInitScript } from '../test/e2e/harness/preload-shim';
import { serveDirectory } from '../test/e2e/harness/static-server';
import { createTestRuntime, type TestRuntime } from '../test/support/test-runtime';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The flags docs/architecture.md ("How it is tested here") gives for Debian's Chromium here. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface BridgeCall {
  operation: OperationName;
  input: unknown;
  /** Date.now() when main received the call (the page's Date.now() is the same clock). */
  receivedAt: number;
  /** Time main spent answering (validation, handler, result check), without the transport. */
  handlerMs: number;
  resultJsonBytes: number;
}

export interface BenchApp {
  page: Page;
  test: TestRuntime;
  calls: BridgeCall[];
  /** State deltas pushed to the page, with their JSON and structured-clone (IPC) sizes. */
  deltas: { delta: StateDelta; jsonBytes: number; ipcBytes: number }[];
  close(): Promise<void>;
}

const channelToOperation = new Map(operationNames.map((name) => [operationChannel(name), name]));

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/**
 * Opens the app on an existing data folder (seeded beforehand) and waits for Overview.
 * `buildDir` holds renderer/ and preload/ as `npm run build` lays them out in out/.
 */
export async function launchBenchApp(
  browser: Browser,
  dataDir: string,
  buildDir: string,
): Promise<BenchApp> {
  const test = await createTestRuntime({
    dataDir,
    settings: { onboarded: true },
    runtime: { timers: manualTimers },
  });
  const { runtime } = test;
  await runtime.environments.desk.refreshNow();
  const preload = await readFile(join(buildDir, 'preload/index.cjs'), 'utf8');
  const server = await serveDirectory(join(buildDir, 'renderer'));
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const calls: BridgeCall[] = [];
  const deltas: BenchApp['deltas'] = [];
  await page.exposeBinding('__treasuryInvoke', async (source, channel: string, input: unknown) => {
    const name = channelToOperation.get(channel);
    if (!name || source.page !== page)
      return {
        ok: false,
        error: { code: 'forbidden_sender', message: 'Not the Treasury Desk window.' },
      };
    const receivedAt = Date.now();
    const started = performance.now();
    const result = await runtime.handlers[name](input);
    const handlerMs = performance.now() - started;
    calls.push({
      operation: name,
      input,
      receivedAt,
      handlerMs,
      resultJsonBytes: JSON.stringify(result).length,
    });
    return result;
  });
  await page.addInitScript({ content: preloadInitScript(preload) });
  const unsubscribe = runtime.state.subscribe((delta) => {
    // Electron's IPC sends the structured-clone encoding, which is what v8.serialize produces.
    deltas.push({
      delta,
      jsonBytes: JSON.stringify(delta).length,
      ipcBytes: serialize(delta).length,
    });
    void page
      .evaluate(
        ([ch, p]) =>
          (
            globalThis as unknown as { __treasuryDeliver(c: unknown, p: unknown): void }
          ).__treasuryDeliver(ch, p),
        [eventChannel('state'), delta] as const,
      )
      .catch(() => undefined);
  });
  await page.goto(server.url);
  await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor({ timeout: 60_000 });
  return {
    page,
    test,
    calls,
    deltas,
    async close() {
      unsubscribe();
      await context.close();
      await server.close();
      await test.close();
    },
  };
}
