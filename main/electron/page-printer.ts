// The page printer of the desktop app: the main window's page as a PDF (Chromium's own print
// engine, with the print CSS the renderer's print view sets), US Letter, backgrounds printed.
import type { BrowserWindow } from 'electron';
import type { PagePrinter } from '../operator/page-printer';

export function createWindowPagePrinter(getWindow: () => BrowserWindow | undefined): PagePrinter {
  return {
    async printPage({ landscape }) {
      const window = getWindow();
      if (!window) throw new Error('There is no window to print.');
      const pdf = await window.webContents.printToPDF({
        landscape,
        pageSize: 'Letter',
        printBackground: true,
      });
      return new Uint8Array(pdf);
    },
  };
}
