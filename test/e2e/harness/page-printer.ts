// The e2e harness's PagePrinter (main/operator/page-printer.ts): Chromium's own print of the
// Playwright page, which is what Electron's printToPDF is in the app (print media, the page's
// @page rules, backgrounds printed).
import type { Page } from 'playwright-core';
import type { PagePrinter } from '../../../main/operator/page-printer';

export function playwrightPagePrinter(getPage: () => Page | undefined): PagePrinter {
  return {
    async printPage({ landscape }) {
      const page = getPage();
      if (!page) throw new Error('There is no page to print.');
      return new Uint8Array(
        await page.pdf({ landscape, printBackground: true, preferCSSPageSize: true }),
      );
    },
  };
}
