// The e2e harness's page printer: Playwright prints the page the test drives (headless
// Chromium's own print engine, the same the desktop app's printToPDF uses), honouring the
// renderer's print CSS.
import type { Page } from 'playwright-core';
import type { PagePrinter } from '../../../main/operator/page-printer';

export function playwrightPagePrinter(getPage: () => Page | undefined): PagePrinter {
  return {
    async printPage({ landscape }) {
      const page = getPage();
      if (!page) throw new Error('There is no page to print.');
      return new Uint8Array(await page.pdf({ landscape, format: 'Letter', printBackground: true }));
    },
  };
}
