// The application menu, built from a template instead of Electron's default one: the default
// offers Reload and Toggle Developer Tools, which a packaged build must not (a reload drops what
// the operator typed; DevTools would give anyone at the keyboard a console inside the trusted
// window). In development both stay.
import { app, Menu, type MenuItemConstructorOptions } from 'electron';

/** Roles that reload the page or open DevTools; `viewMenu` is Electron's menu that holds them. */
export function applicationMenuTemplate(
  platform: NodeJS.Platform,
  packaged: boolean,
): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions = packaged
    ? {
        label: 'View',
        submenu: [
          { role: 'resetZoom' },
          { role: 'zoomIn' },
          { role: 'zoomOut' },
          { type: 'separator' },
          { role: 'togglefullscreen' },
        ],
      }
    : { role: 'viewMenu' };
  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    // Copy and paste need the Edit menu on macOS: its shortcuts are menu accelerators there.
    { role: 'editMenu' },
    view,
    { role: 'windowMenu' },
  ];
}

export function installApplicationMenu(): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(applicationMenuTemplate(process.platform, app.isPackaged)),
  );
}
