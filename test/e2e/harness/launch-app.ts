// Starts Treasury Desk the way the e2e tests see it: main's real runtime (services, state,
// handler table from main/runtime.ts) in this Node process, the built renderer in Debian's
// Chromium, and the built preload in the page, its ipcRenderer bound to the handler table.
// Main's confirmations are answered by an accepting scripted confirmer, or drawn over the page
// for the test to answer (`confirmations: 'on-screen'`). An onboarded desk has its passcode set.
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import {
  eventChannel,
  operationChannel,
  operationNames,
  type OperationName,
} from '../../../shared/bridge-names';
import type { CallTrace } from '../../../main/bridge/handler-table';
import type { ConfirmationRequest, DialogAnswer } from '../../../main/confirm/confirmation';
import type { Runtime } from '../../../main/runtime';
import { CHROMIUM_PATH } from '../../support/system-packages';
import {
  createTestRuntime,
  type TestRuntime,
  type TestRuntimeOptions,
} from '../../support/test-runtime';
import { installConfirmationOverlay, overlayConfirmer } from './confirmation-overlay';
import { playwrightPagePrinter } from './page-printer';
import { preloadInitScript } from './preload-shim';
import { serveDirectory } from './static-server';

export const repoRoot = resolve(import.meta.dirname, '../../..');
export const screenshotDir = join(repoRoot, 'test-results', 'screenshots');

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The passcode an onboarded e2e desk unlocks with. */
export const E2E_PASSCODE = 'desk-passcode-42';

export interface LaunchOptions extends TestRuntimeOptions {
  /** 'accept' (default): a scripted yes to every confirmation; 'on-screen': drawn for the test to answer. */
  confirmations?: 'accept' | 'on-screen';
}

export interface LaunchedApp {
  page: Page;
  runtime: Runtime;
  test: TestRuntime;
  calls: OperationName[];
  traces: CallTrace[];
  /** Every confirmation main asked for, in order. */
  confirmations: ConfirmationRequest[];
  /** Console errors, page errors and CSP violations seen in the page. */
  pageErrors: string[];
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

const channelToOperation = new Map(operationNames.map((name) => [operationChannel(name), name]));

export interface Viewport {
  width: number;
  height: number;
}

/** The window sizes the flows are checked at (issue 13): a laptop and a small screen. */
export const VIEWPORTS = {
  standard: { width: 1280, height: 800 },
  small: { width: 1024, height: 700 },
} as const;

export async function launchApp(
  options: LaunchOptions & { viewport?: Viewport } = {},
): Promise<LaunchedApp> {
  const { viewport = VIEWPORTS.standard, ...runtimeOptions } = options;
  const traces: CallTrace[] = [];
  const onScreen = options.confirmations === 'on-screen';
  const pendingAnswers = new Map<number, (answer: DialogAnswer) => void>();
  const drawnRequests: ConfirmationRequest[] = [];
  const target: { page?: Page } = {};
  const pkg = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  let deliverOpenItem: (item: unknown) => void = () => undefined;
  const test = await createTestRuntime({
    ...runtimeOptions,
    ...(runtimeOptions.passcode === undefined && runtimeOptions.settings?.onboarded
      ? { passcode: E2E_PASSCODE }
      : {}),
    runtime: {
      ...(onScreen
        ? { confirm: overlayConfirmer(() => target.page, pendingAnswers, drawnRequests) }
        : {}),
      runtimeInfo: { name: 'Treasury Desk', version: pkg.version, platform: process.platform },
      traceCalls: (call) => traces.push(call),
      onOpenItem: (item) => deliverOpenItem(item),
      pagePrinter: playwrightPagePrinter(() => target.page),
      ...runtimeOptions.runtime,
    },
  });
  const { runtime } = test;
  const preload = await readFile(join(repoRoot, 'out/preload/index.cjs'), 'utf8');
  const server = await serveDirectory(join(repoRoot, 'out/renderer'));
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: chromiumArgs,
  });
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  target.page = page;
  if (onScreen) await installConfirmationOverlay(page, pendingAnswers);
  const calls: OperationName[] = [];
  const pageErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));

  // Same rule as main/ipc.ts: only our own page may call, and only contract channels exist.
  await page.exposeBinding('__treasuryInvoke', async (source, channel: string, input: unknown) => {
    const name = channelToOperation.get(channel);
    if (!name || source.page !== page || !source.frame.url().startsWith(server.url)) {
      return {
        ok: false,
        error: { code: 'forbidden_sender', message: 'Not the Treasury Desk window.' },
      };
    }
    calls.push(name);
    return runtime.handlers[name](input);
  });
  await page.addInitScript({ content: preloadInitScript(preload) });
  const deliver = (channel: string, payload: unknown) =>
    void page
      .evaluate(
        ([ch, p]) =>
          (
            globalThis as unknown as { __treasuryDeliver(c: unknown, p: unknown): void }
          ).__treasuryDeliver(ch, p),
        [channel, payload] as const,
      )
      .catch(() => undefined);
  // As main/index.ts does: the deltas the renderer may see (redacted while locked).
  const unsubscribe = runtime.subscribeState((delta) => deliver(eventChannel('state'), delta));
  deliverOpenItem = (item) => deliver(eventChannel('openItem'), item);
  await page.goto(server.url);

  return {
    page,
    runtime,
    test,
    calls,
    traces,
    confirmations: onScreen ? drawnRequests : test.confirmer.requests,
    pageErrors,
    async screenshot(name) {
      await mkdir(screenshotDir, { recursive: true });
      const path = join(screenshotDir, `${name}.png`);
      await page.screenshot({ path, fullPage: false });
      return path;
    },
    async close() {
      unsubscribe();
      for (const answer of pendingAnswers.values()) answer({ confirmed: false, checked: false });
      await browser.close();
      await server.close();
      await test.close();
    },
  };
}
