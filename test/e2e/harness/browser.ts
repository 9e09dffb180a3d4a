// Debian's Chromium, which the e2e suites that launch the app run in. A machine without it (a
// newcomer's) skips those suites outside CI and says why, in the closing summary of `npm test`;
// under CI its absence fails the run (shell.e2e.test.ts).
import { describe } from 'vitest';
import { recordSkipReason } from '../../support/skip-reason';
import { chromiumStatus } from '../../support/system-packages';

export const browser = chromiumStatus();
if (!browser.available && !browser.required)
  recordSkipReason('e2e suites in Chromium', browser.reason);

/** `describe` for a suite that launches the app in Chromium: skipped when there is none. */
export const describeInBrowser = describe.skipIf(!browser.available);
