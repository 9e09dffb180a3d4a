// Packaged builds: no DevTools, and a menu without Reload or Toggle Developer Tools. In
// development both stay.
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { electronMock, windows } from './electron-mock';

vi.mock('electron', () => electronMock);
const { applicationMenuTemplate, installApplicationMenu } =
  await import('../../../main/electron/app-menu');
const { createMainWindow } = await import('../../../main/window');

const platforms: NodeJS.Platform[] = ['darwin', 'win32', 'linux'];

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

afterEach(() => {
  electronMock.app.isPackaged = true;
  windows.length = 0;
});

describe('main/electron/app-menu.ts', () => {
  it.each(platforms)(
    'a packaged build on %s offers no reload and no DevTools, but keeps edit and window menus',
    (platform) => {
      const found = roles(applicationMenuTemplate(platform, true));
      for (const role of ['reload', 'forceReload', 'toggleDevTools', 'viewMenu'])
        expect(found, role).not.toContain(role);
      expect(found).toEqual(expect.arrayContaining(['editMenu', 'windowMenu', 'fileMenu']));
      expect(found.includes('appMenu')).toBe(platform === 'darwin');
    },
  );

  it('development keeps the view menu with reload and DevTools', () => {
    expect(roles(applicationMenuTemplate('linux', false))).toContain('viewMenu');
  });

  it("installs the menu built from the packaged template, replacing Electron's default", () => {
    installApplicationMenu();
    const template = electronMock.Menu.buildFromTemplate.mock.calls.at(
      -1,
    )![0] as MenuItemConstructorOptions[];
    expect(roles(template)).not.toContain('toggleDevTools');
    expect(roles(template)).not.toContain('viewMenu');
    expect(electronMock.Menu.setApplicationMenu).toHaveBeenCalledWith({ template });
  });
});

describe('main/window.ts DevTools', () => {
  it('turns DevTools off in a packaged build and leaves them on in development', () => {
    createMainWindow();
    electronMock.app.isPackaged = false;
    createMainWindow();
    const devTools = windows.map(
      (w) => (w.options.webPreferences as { devTools?: boolean }).devTools,
    );
    expect(devTools).toEqual([false, true]);
  });
});
