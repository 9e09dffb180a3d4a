// Prints what the app's window shows to a PDF: the renderer first switches to a print view (print
// CSS, the environment on every page), then main asks for the page as a PDF and saves it through
// the file saver. Electron prints the main window (main/electron/page-printer.ts); the e2e harness
// prints its page with Playwright.
export interface PagePrinter {
  printPage(options: { landscape: boolean }): Promise<Uint8Array>;
}
