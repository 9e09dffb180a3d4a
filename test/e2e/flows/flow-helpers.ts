// Small helpers the flow tests share: moving around the app by its visible names, filling the
// bank account form the way an operator would, and the end-of-flow checks. Waiting is always
// for what the operator would see (a locator, a data-state), never a sleep.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { LaunchedApp } from '../harness/launch-app';

export type ScreenName =
  | 'Overview'
  | 'Redeem'
  | 'Convert'
  | 'Wire out'
  | 'Fund'
  | 'Auto-redeem'
  | 'Bank accounts'
  | 'Activity'
  | 'Statements'
  | 'Settings';

/** Clicks a nav button and waits for the screen's h1. */
export async function goTo(page: Page, screen: ScreenName): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: screen, exact: true })
    .click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(screen);
}

/** Polls a value the page shows until it matches, with a timeout long enough for a sync cycle. */
export function pollFor<T>(read: () => Promise<T> | T, timeout = 20_000) {
  return expect.poll(read, { timeout, interval: 150 });
}

export async function attr(locator: Locator, name: string): Promise<string | null> {
  return (await locator.count()) === 0 ? null : locator.first().getAttribute(name);
}

export interface AddressInput {
  country: string;
  street?: string;
  city?: string;
  province?: string;
  zip?: string;
}

async function fillAddress(group: Locator, address: AddressInput): Promise<void> {
  // The country is a picker of ISO codes (a <select>); a text box is still filled as before.
  const country = group.getByLabel('Country');
  if ((await country.evaluate((el) => el.tagName)) === 'SELECT')
    await country.selectOption(address.country);
  else await country.fill(address.country);
  if (address.street) await group.getByLabel('Street address').fill(address.street);
  if (address.city) await group.getByLabel('City').fill(address.city);
  if (address.province) await group.getByLabel('State / province').fill(address.province);
  if (address.zip) await group.getByLabel('ZIP / postal code').fill(address.zip);
}

export interface UsBankAccountInput {
  label: string;
  company: string;
  accountNumber: string;
  owner: AddressInput;
  routingNumber: string;
  bankName: string;
  bank: AddressInput;
}

/** Fills the "Add bank account" form for a US (ABA) wire account owned by a company. */
export async function fillUsBankAccount(page: Page, input: UsBankAccountInput): Promise<Locator> {
  const form = page.getByRole('form', { name: 'Add bank account' });
  await form.getByLabel('Label').fill(input.label);
  await form.getByRole('radio', { name: 'A company or institution' }).check();
  await form.getByLabel('Company or institution name').fill(input.company);
  await form.getByLabel('Account number (or IBAN)').fill(input.accountNumber);
  await form.getByLabel('Re-enter account number').fill(input.accountNumber);
  await fillAddress(form.getByRole('group', { name: 'Owner address' }), input.owner);
  const bank = form.getByRole('group', { name: 'Receiving bank' });
  await bank.getByLabel('Routing type').selectOption('ABA');
  await bank.getByLabel('ABA routing number').fill(input.routingNumber);
  await bank.getByLabel('Bank name').fill(input.bankName);
  await fillAddress(bank.getByRole('group', { name: 'Bank address' }), input.bank);
  return form;
}

/** The same check at the end of every flow: the last screenshot, and a page with no errors. */
export async function finish(app: LaunchedApp, screenshot: string): Promise<void> {
  await app.screenshot(screenshot);
  // Console errors, page errors, CSP violations and React errors all land here.
  expect(app.pageErrors).toEqual([]);
}

/** The two window sizes every redesigned screen is checked at (the 1280×800 and 1024×700). */
export const VIEWPORTS = [
  { width: 1280, height: 800, suffix: '' },
  { width: 1024, height: 700, suffix: '-1024' },
] as const;

/**
 * Page-level layout checks at the current size: nothing pushes the page wider than the window,
 * and every column header of every visible table lies inside it (bug 2: columns out of sight).
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = window.innerWidth;
    if (document.documentElement.scrollWidth > width + 1)
      problems.push(
        `page is ${document.documentElement.scrollWidth}px wide in a ${width}px window`,
      );
    for (const th of document.querySelectorAll('table th')) {
      const box = th.getBoundingClientRect();
      if (box.width > 0 && box.right > width + 1)
        problems.push(
          `column "${th.textContent?.trim()}" ends at ${Math.round(box.right)}px, past ${width}px`,
        );
    }
    return problems;
  });
}

/**
 * Screenshots the screen as it is at 1280×800 (`name`) and at 1024×700 (`name-1024`), checking
 * the layout at each size, then returns to 1280×800.
 */
export async function screenshotBothSizes(app: LaunchedApp, name: string): Promise<void> {
  for (const viewport of VIEWPORTS) {
    await app.page.setViewportSize({ width: viewport.width, height: viewport.height });
    expect(
      await layoutProblems(app.page),
      `${name} at ${viewport.width}×${viewport.height}`,
    ).toEqual([]);
    await app.screenshot(`${name}${viewport.suffix}`);
  }
  await app.page.setViewportSize({ width: VIEWPORTS[0].width, height: VIEWPORTS[0].height });
}
