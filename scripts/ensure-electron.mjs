#!/usr/bin/env node
// Make sure the Electron runtime is installed before `npm start` / `npm run dev` launch it.
//
// Why: since Electron 42 the `electron` package no longer downloads its runtime at install time,
// and electron-vite reads node_modules/electron/path.txt itself, throwing `Error: Electron
// uninstall` when it is missing. So we run Electron's OWN installer (the package's `install.js`,
// its `install-electron` bin) first: ELECTRON_MIRROR, electron_config_cache, ELECTRON_GET_USE_PROXY,
// the npm_config_electron_* settings and its cache all keep working exactly as Electron documents.
// When the installer fails, the operator gets one short message (what, where, how to retry), not
// the installer's stack trace.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const electronDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));
// The same platform/arch choice install.js makes (it also honours npm's --platform/--arch).
const platform =
  process.env.ELECTRON_INSTALL_PLATFORM || process.env.npm_config_platform || process.platform;
const arch = process.env.ELECTRON_INSTALL_ARCH || process.env.npm_config_arch || process.arch;
const command = process.env.npm_lifecycle_event === 'dev' ? 'npm run dev' : 'npm start';

// electron-vite launches ELECTRON_EXEC_PATH when set and then never reads path.txt.
if (process.env.ELECTRON_EXEC_PATH) process.exit(0);

/** Only decides whether to say "downloading"; install.js makes the authoritative check. */
function looksInstalled() {
  try {
    const exe = readFileSync(join(electronDir, 'path.txt'), 'utf8');
    const installed = readFileSync(join(electronDir, 'dist', 'version'), 'utf8').replace(/^v/, '');
    return installed === version && existsSync(join(electronDir, 'dist', exe));
  } catch {
    return false;
  }
}

if (!looksInstalled()) {
  console.log(`Downloading the Electron ${version} runtime (${platform}-${arch}), needed once...`);
}

// @electron/get logs the exact URL it fetches under this debug namespace: the only place the URL
// appears when the request fails without an HTTP answer (Node's fetch says just "fetch failed").
const debugNamespace = '@electron/get:index';
const DEBUG = [process.env.DEBUG, debugNamespace].filter(Boolean).join(',');
const child = spawn(process.execPath, [join(electronDir, 'install.js')], {
  env: { ...process.env, DEBUG, DEBUG_COLORS: 'false' },
  stdio: ['ignore', 'inherit', 'pipe'],
});
let stderr = '';
child.stderr.setEncoding('utf8');
child.stderr.on('data', (chunk) => (stderr += chunk));
child.on('error', (error) => fail(`could not run Electron's installer: ${error.message}`));
child.on('close', (code, signal) => {
  const ownLines = stderr
    .split('\n')
    .filter((line) => line.trim() && !line.includes(debugNamespace));
  if (code === 0) {
    // Pass on the installer's own warnings (e.g. deprecations), without our debug lines.
    if (ownLines.length > 0) console.error(ownLines.join('\n'));
    process.exit(0);
  }
  fail(explain(ownLines, signal));
});

/** One sentence on what went wrong, from the first line of the installer's error (never its stack). */
function explain(lines, signal) {
  if (signal) return `Electron's installer was stopped by ${signal}.`;
  const first = lines.find((line) => !/^\s+at /.test(line)) ?? 'no error message';
  const http = /Response code (\d+) \(([^)]*)\)/.exec(first);
  if (http) return `the server answered ${http[1]} ${http[2]}.`;
  if (/fetch failed|ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN/.test(first)) {
    return 'no answer from the server (no network, proxy, DNS, or the connection was dropped).';
  }
  return first.replace(/^\w*Error: /, '') + (/[.!?]$/.test(first) ? '' : '.');
}

function fail(reason) {
  const urlLine = /Downloading (\S+) to /.exec(stderr);
  const what = urlLine ? urlLine[1] : `electron-v${version}-${platform}-${arch}.zip`;
  // A placeholder, not a public mirror: a treasury desk should fetch its runtime from a mirror
  // its own IT trusts (an Artifactory/Nexus proxy of the Electron releases), not one we pick.
  const mirror = 'ELECTRON_MIRROR=https://<your company mirror>/electron/';
  console.error(
    [
      '',
      `Treasury Desk cannot start: the Electron ${version} runtime (${platform}-${arch}) is not installed, and installing it failed.`,
      `  Download: ${what}`,
      `  Reason:   ${reason}`,
      `Retry: \`${command}\` once the network (or the mirror) answers. To download from your company's mirror instead:`,
      `  ${mirror} ${command}`,
      'Behind a proxy, also set HTTPS_PROXY and ELECTRON_GET_USE_PROXY=true.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}
