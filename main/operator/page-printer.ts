// Prints what the app window shows to a PDF: the renderer lays out a print view (print CSS),
// main prints the window. In the app, Electron's webContents.printToPDF on the main window
// (main/electron/page-printer.ts); in the e2e tests, Chromium's own print of the Playwright page
// (test/e2e/harness/page-printer.ts). Injected through the runtime like the file saver.
export interface PagePrinter {
  printPage(options: { landscape: boolean }): Promise<Uint8Array>;
}
