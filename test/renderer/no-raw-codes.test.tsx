// No raw codes on screen (issue 13, words): every screen, rendered with data shaped like the
// simulator's (statuses of each object, networks, transfer types, intent kinds, audit actions,
// id names), shows words. A code may sit in a tooltip (`title`) or, in a detail, in an element
// marked `data-raw-code` (RawCode), where support reads it next to the words.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/App';
import { ActivityScreen } from '../../renderer/src/screens/activity/ActivityScreen';
import { AutoRedeemScreen } from '../../renderer/src/screens/auto-redeem/AutoRedeemScreen';
import { BankAccountsScreen } from '../../renderer/src/screens/bank-accounts/BankAccountsScreen';
import { OverviewScreen } from '../../renderer/src/screens/overview/OverviewScreen';
import { SettingsScreen } from '../../renderer/src/screens/settings/SettingsScreen';
import { useNavigation } from '../../renderer/src/store/navigation-store';
import { intent } from './support/fixtures';
import { installFakeTreasury, resetStores, seedStore } from './support/fake-treasury';
import { fillAndReview } from './support/redeem-steps';
import { review } from './support/review-fixture';
import {
  auditEntries,
  orchestrationRows,
  RAW_CODES,
  simulatorShapedState,
  transfers,
} from './support/simulator-shaped';
import { useActivityViewport } from './support/activity-viewport';

/** The text a person reads: everything rendered, minus marked raw-code details (tooltips are attributes, not text). */
function visibleText(): string {
  const copy = document.body.cloneNode(true) as HTMLElement;
  for (const marked of copy.querySelectorAll('[data-raw-code]')) marked.remove();
  for (const hidden of copy.querySelectorAll('script, style, template')) hidden.remove();
  // Text node by text node: adjacent cells ("ref_id" | "ref-1") must not run together.
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    parts.push(node.textContent ?? '');
  return parts.join(' | ');
}

function rawCodesIn(text: string): string[] {
  return RAW_CODES.filter((code) =>
    new RegExp(`(?<![A-Za-z0-9_.])${code.replace('.', '\\.')}(?![A-Za-z0-9_])`).test(text),
  );
}

useActivityViewport();

const handlers = {
  queryActivity: () => ({
    total: orchestrationRows.length,
    rows: orchestrationRows,
    asOf: '2026-03-02T10:00:00.000Z',
  }),
  summarizeActivity: () => ({
    count: 4,
    byStatus: ['PENDING_APPROVAL', 'PROCESSING', 'COMPLETED', 'FAILED'].map((status) => ({
      status,
      count: 1,
      usd: '1000',
    })),
    days: [],
    asOf: '2026-03-02T10:00:00.000Z',
  }),
  getOrchestration: ({ id }: { id: string }) => ({
    orchestration: orchestrationRows.find((o) => o.id === id)!,
    transfers,
  }),
  getFiatAccount: ({ id }: { id: string }) => ({
    ...simulatorShapedState().fiatAccounts.items.find((a) => a.id === id)!,
    details: {
      status: 'REJECTED',
      rejection_reason: 'Beneficiary name does not match',
      ref_id: 'ref-fa',
    },
  }),
  getAuditLog: () => ({ entries: auditEntries }),
};

beforeEach(() => {
  resetStores();
  seedStore(simulatorShapedState());
  installFakeTreasury(handlers, simulatorShapedState());
});
afterEach(cleanup);

async function expectNoRawCodes(ui: ReactElement, ready: () => Promise<unknown>) {
  render(ui);
  await ready();
  expect(rawCodesIn(visibleText())).toEqual([]);
}

describe('no raw Paxos or desk codes on screen', () => {
  it('the check itself finds a raw code, and ignores tooltips and marked details', () => {
    render(
      <p>
        <span title="WIRE_WITHDRAWAL">Outgoing wire</span>{' '}
        <span data-raw-code>(PENDING_APPROVAL)</span> on ETHEREUM
      </p>,
    );
    expect(rawCodesIn(visibleText())).toEqual(['ETHEREUM']);
  });

  it('Overview: in flight, queued requests, awaiting approval, notices', async () => {
    await expectNoRawCodes(<OverviewScreen />, () => screen.findByTestId('in-flight'));
  });

  it("Bank accounts: the list and a rejected account's drawer", async () => {
    useNavigation.setState({ screen: 'bank-accounts', focusId: 'fa-rejected' });
    await expectNoRawCodes(<BankAccountsScreen />, () => screen.findByTestId('rejection-reason'));
  });

  it("Auto-redeem: the rules and a rule's drawer", async () => {
    useNavigation.setState({ screen: 'auto-redeem', focusId: 'rule-eth' });
    await expectNoRawCodes(<AutoRedeemScreen />, () =>
      screen.findByRole('heading', { name: 'Sweep ETH' }),
    );
  });

  it("Activity: rows, totals, chips and a redemption's drawer with its transfers", async () => {
    useNavigation.setState({ screen: 'activity', focusId: 'o-completed' });
    await expectNoRawCodes(<ActivityScreen />, async () => {
      await screen.findAllByTestId('activity-row');
      await screen.findByRole('list', { name: 'Transfers' });
    });
  });

  it('Settings: preferences and the audit log', async () => {
    await expectNoRawCodes(<SettingsScreen />, () =>
      waitFor(() => expect(screen.getByRole('table', { name: 'Audit log' })).toBeTruthy()),
    );
  });

  it('Redeem: the form, the review and the progress after confirming', async () => {
    const user = userEvent.setup();
    const swift = review({
      beneficiary: { ...review().beneficiary, routingType: 'SWIFT', routingNumber: 'DEUTDEFF' },
    });
    await fillAndReview(user, {
      ...handlers,
      reviewRedemption: () => swift,
      submitRedemption: () => intent({ state: 'submitted', paxosId: 'o-pending-approval' }),
    });
    const reviewed = await screen.findByTestId('redemption-review');
    expect(rawCodesIn(visibleText())).toEqual([]);
    await user.click(within(reviewed).getByRole('button', { name: /^Confirm redemption/ }));
    await screen.findByTestId('redemption-progress');
    expect(rawCodesIn(visibleText())).toEqual([]);
  });

  it('Auto-redeem: the new rule form and its review', async () => {
    const user = userEvent.setup();
    render(<AutoRedeemScreen />);
    await user.click(screen.getByRole('button', { name: 'New rule' }));
    await user.selectOptions(await screen.findByLabelText('Stablecoin'), 'USDC');
    await user.type(screen.getByLabelText(/Nickname/), 'Exchange sweeps');
    await user.selectOptions(screen.getByLabelText('Profile'), 'prof-1');
    await user.selectOptions(screen.getByLabelText('Network'), 'ETHEREUM');
    await user.selectOptions(screen.getByLabelText('Destination bank account'), 'fa-approved');
    expect(rawCodesIn(visibleText())).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Review rule' }));
    await screen.findByTestId('rule-review');
    expect(rawCodesIn(visibleText())).toEqual([]);
  });

  it('Bank accounts: the add form (SWIFT routing)', async () => {
    const user = userEvent.setup();
    render(<BankAccountsScreen />);
    await user.click(screen.getAllByRole('button', { name: 'Add bank account' })[0]!);
    await screen.findByRole('form', { name: 'Add bank account' });
    expect(rawCodesIn(visibleText())).toEqual([]);
  });

  it('Onboarding and the lock screen', async () => {
    installFakeTreasury(handlers, {
      ...simulatorShapedState(),
      settings: { ...simulatorShapedState().settings, onboarded: false },
    });
    render(<App />);
    await screen.findByRole('button', { name: 'Explore with the built-in demo' });
    expect(rawCodesIn(visibleText())).toEqual([]);
    cleanup();
    resetStores();
    installFakeTreasury(handlers, { ...simulatorShapedState(), locked: true });
    render(<App />);
    await screen.findByRole('button', { name: 'Unlock' });
    expect(rawCodesIn(visibleText())).toEqual([]);
  });
});
