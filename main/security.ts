// App-wide Electron hardening (docs/security-checklist.md): deny navigation, new windows,
// webviews and permission requests everywhere; open only allow-listed https links externally.
import { app, session, shell, type WebContents } from 'electron';

/** Links the operator may open in their browser: Paxos's own dashboards and docs. */
const EXTERNAL_ALLOWLIST = new Set([
  'dashboard.paxos.com',
  'dashboard.sandbox.paxos.com',
  'docs.paxos.com',
]);

export function isAllowedExternalUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' && EXTERNAL_ALLOWLIST.has(url.hostname);
  } catch {
    return false;
  }
}

function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

export function applySecurityPolicy(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) =>
      callback(false),
    );
    session.defaultSession.setPermissionCheckHandler(() => false);
  });
}
