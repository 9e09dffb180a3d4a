// The app's PagePrinter: the main window's page printed to PDF by Chromium inside Electron, with
// the page's own print CSS (@page size and margins, the repeating environment header).
import type { BrowserWindow } from 'electron';
import type { PagePrinter } from '../operator/page-printer';

export function createWindowPagePrinter(getWindow: () => BrowserWindow | undefined): PagePrinter {
  return {
    async printPage({ landscape }) {
      const window = getWindow();
      if (!window) throw new Error('There is no window to print.');
      const pdf = await window.webContents.printToPDF({
        landscape,
        printBackground: true,
        preferCSSPageSize: true,
      });
      return new Uint8Array(pdf);
    },
  };
}
