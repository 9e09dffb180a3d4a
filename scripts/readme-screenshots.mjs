// Copies the README's screenshots from the last e2e run (test-results/screenshots/, written by
// test/e2e/flows/) into docs/screenshots/, under the names README.md links to. Run the flows
// first (`npx electron-vite build -c ./vite.config.ts`, then `npx vitest run --project e2e`).
// Fails, copying nothing, if any source is missing or not the size it should be (1280×800, or
// 1024×700 for the `-1024` images), so the README never mixes old screens with new ones.
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const from = join(root, 'test-results', 'screenshots');
const to = join(root, 'docs', 'screenshots');

/** README name → e2e screenshot. Both sizes for every redesigned screen. */
const wide = {
  onboarding: 'demo-redeem-1-onboarding',
  overview: 'activity-overview-1280x800-6-overview-after',
  'bank-accounts': 'demo-redeem-5-bank-account-approved',
  'bank-account-detail': 'swift-account-2-renamed',
  'bank-account-form': 'demo-redeem-3-bank-account-form',
  'redeem-review': 'demo-redeem-7-review',
  'main-confirmation': 'main-confirmation-2-ticked',
  'redeem-completed': 'demo-redeem-8-timeline-completed',
  'insufficient-funds': 'insufficient-funds-1-amount-error',
  'offline-queued': 'offline-queue-3-queued-not-sent',
  'auto-redeem-rule-review': 'auto-redeem-1b-rule-review',
  'auto-redeem-rule': 'auto-redeem-3-deposit-address',
  activity: 'activity-overview-1280x800-2-activity',
  'activity-detail': 'activity-overview-1280x800-4-failed-drawer',
  settings: 'environment-switch-1-settings',
  lock: 'lock-1-locked',
  'passcode-unlock': 'passcode-unlock',
  'rejected-redemption': 'rejected-redemption-3-activity-drawer',
  'rule-awaiting-approval': 'rule-approval-1-awaiting-approval',
  'rule-approved': 'rule-approval-2-approved-address',
  'attention-first': 'attention-first-1280x800-1-overview',
  'search-reconcile': 'search-reconcile-3-drawer-facts-1280x800',
  'monthly-statement': 'monthly-statement-1-sheet-1280x800',
  'bank-account-twice': 'bank-account-twice-2-main-reads-back',
  fund: 'fund-1-instructions',
  'fund-wire-matched': 'fund-3-wire-matched',
  mint: 'mint-2-review',
  'convert-hold-rule': 'mint-9-hold-active-memo',
  convert: 'convert-2-review',
  'convert-completed': 'convert-4-completed',
};
const narrow = {
  'overview-1024': 'activity-overview-1024x700-6-overview-after',
  'bank-accounts-1024': 'demo-redeem-5-bank-account-approved-1024',
  'bank-account-detail-1024': 'swift-account-2-renamed-1024',
  'bank-account-form-1024': 'demo-redeem-3-bank-account-form-1024',
  'redeem-review-1024': 'demo-redeem-7-review-1024',
  'auto-redeem-rule-review-1024': 'auto-redeem-1b-rule-review-1024',
  'auto-redeem-rule-1024': 'auto-redeem-3-deposit-address-1024',
  'activity-1024': 'activity-overview-1024x700-2-activity',
  'activity-detail-1024': 'activity-overview-1024x700-4-failed-drawer',
  'rejected-redemption-1024': 'rejected-redemption-3-activity-drawer-1024',
  'rule-awaiting-approval-1024': 'rule-approval-1-awaiting-approval-1024',
  'attention-first-1024': 'attention-first-1024x700-1-overview',
  'search-reconcile-1024': 'search-reconcile-3-drawer-facts-1024x700',
  'monthly-statement-1024': 'monthly-statement-1-sheet-1024x700',
  'bank-account-twice-1024': 'bank-account-twice-2-main-reads-back-1024',
  'fund-1024': 'fund-1-instructions-1024',
  'convert-1024': 'convert-2-review-1024',
};

function pngSize(path) {
  const header = readFileSync(path).subarray(16, 24);
  return [header.readUInt32BE(0), header.readUInt32BE(4)];
}

const plan = [
  ...Object.entries(wide).map(([name, source]) => ({ name, source, size: [1280, 800] })),
  ...Object.entries(narrow).map(([name, source]) => ({ name, source, size: [1024, 700] })),
];
const problems = [];
for (const { name, source, size } of plan) {
  const path = join(from, `${source}.png`);
  if (!existsSync(path)) problems.push(`${name}: ${source}.png is missing`);
  else if (pngSize(path).join('×') !== size.join('×'))
    problems.push(`${name}: ${source}.png is ${pngSize(path).join('×')}, not ${size.join('×')}`);
}
if (problems.length > 0) {
  console.error(`Nothing copied:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
for (const { name, source } of plan)
  copyFileSync(join(from, `${source}.png`), join(to, `${name}.png`));
console.log(`Copied ${plan.length} screenshots into docs/screenshots/.`);
