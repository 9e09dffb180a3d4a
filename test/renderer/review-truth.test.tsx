// Issue 24.2: the review states only what is true. The beneficiary is what main's lookup says
// (a name, or plainly "not stated by Paxos", never a dash); an amount that is not whole cents is
// refused at the amount field before any review (a wire moves whole cents); an international
// wire is never "You receive" as a certainty.
import { cleanup, render, screen, within } from '@testing-library/react';
import { forgetAccountOwners } from '../../renderer/src/hooks/useAccountOwners';
import { RuleReview } from '../../renderer/src/screens/auto-redeem/RuleReview';
import type { RuleDraft } from '../../renderer/src/screens/auto-redeem/rule-draft';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installFakeTreasury, resetStores, seedStore } from './support/fake-treasury';
import { account, appState } from './support/fixtures';
import { fillAndReview } from './support/redeem-steps';
import { review } from './support/review-fixture';

beforeEach(() => {
  resetStores();
  seedStore();
  forgetAccountOwners();
});
afterEach(cleanup);

const swiftArrival = {
  rail: 'swift' as const,
  sendDay: '2026-12-07',
  waitsForNextBusinessDay: false,
  earliest: '2026-12-08',
  latest: '2026-12-14',
  minBusinessDays: 1,
  maxBusinessDays: 5,
  cutoffHourEt: 18,
  holidays: [],
};

describe('the review states only what is true', () => {
  it('says the beneficiary is not stated by Paxos instead of a dash', async () => {
    const user = userEvent.setup();
    const unnamed = review({
      beneficiary: {
        ownerName: '',
        ownerText: 'Beneficiary not stated by Paxos',
        routingType: 'ABA',
        routingNumber: '021000021',
        accountNumberMasked: '••••6789',
      },
    });
    await fillAndReview(user, { reviewRedemption: () => unnamed });
    const shown = await screen.findByTestId('review-beneficiary');
    expect(shown.textContent).toBe('Beneficiary not stated by Paxos');
    expect(shown.textContent).not.toMatch(/^\s*—\s*$/);
  });

  it('refuses an amount that is not whole cents at the field, with the reason, and asks main nothing', async () => {
    const user = userEvent.setup();
    const fake = await fillAndReview(user, { reviewRedemption: () => review() }, '1.123456');
    const amount = screen.getByLabelText('Amount') as HTMLInputElement;
    const message = document.getElementById(`${amount.id}-error`)?.textContent ?? '';
    expect(message).toMatch(/A wire moves whole cents: 1\.123456 USDC would arrive as \$1\.12/);
    expect(message).toMatch(/0\.003456 left over/);
    expect(message).toMatch(/Redeem 1\.12 USDC instead; the rest stays in the profile/);
    expect(fake.callsOf('reviewRedemption')).toEqual([]);
    expect(screen.queryByTestId('redemption-review')).toBeNull();
  });

  it('accepts whole cents written with trailing zeros', async () => {
    const user = userEvent.setup();
    const fake = await fillAndReview(user, { reviewRedemption: () => review() }, '10.500000');
    await screen.findByTestId('redemption-review');
    expect(fake.callsOf('reviewRedemption')).toHaveLength(1);
  });

  it('does not state what an international wire delivers as certain', async () => {
    const user = userEvent.setup();
    const caveat =
      'International wire: Paxos sends $40,000.00 USD. Intermediary and receiving-bank fees, or conversion to another currency at the receiving bank, may reduce what arrives.';
    const swift = review({
      amount: '40000',
      receive: { amountUsd: '40000', rate: '1', terms: '1 USDC = 1 USD.', mayArriveLess: caveat },
      beneficiary: {
        ownerName: 'Acme GmbH',
        ownerText: 'Acme GmbH',
        routingType: 'SWIFT',
        routingNumber: 'DEUTDEFF',
        accountNumberMasked: '••••3000',
      },
      arrival: swiftArrival,
    });
    await fillAndReview(user, { reviewRedemption: () => swift }, '40000');
    const r = await screen.findByTestId('redemption-review');
    const headline = within(r).getByTestId('review-headline').textContent ?? '';
    expect(headline).toBe(
      'Send 40,000.00 USDC from Treasury main → Paxos wires $40,000.00 USD; fees or conversion abroad may reduce what arrives',
    );
    expect(headline).not.toMatch(/you receive/i);
    expect(within(r).queryByText('You receive')).toBeNull();
    expect(within(r).getByText('Paxos wires')).toBeTruthy();
    expect(within(r).getByTestId('review-may-arrive-less').textContent).toBe(caveat);
    expect(within(r).getByTestId('review-warnings').textContent).toContain(
      'may reduce what arrives',
    );
  });

  it('still says "You receive" for a domestic Fedwire', async () => {
    const user = userEvent.setup();
    await fillAndReview(user, { reviewRedemption: () => review() });
    const r = await screen.findByTestId('redemption-review');
    expect(within(r).getByText('You receive')).toBeTruthy();
    expect(within(r).queryByTestId('review-may-arrive-less')).toBeNull();
  });
});

describe('the rule review names the same beneficiary', () => {
  const ruleDraft: RuleDraft = {
    nickname: 'Sweep',
    profileId: 'prof-1',
    asset: 'USDC',
    network: 'ETHEREUM',
    fiatAccountId: 'fa-approved',
  };
  const listedWithoutOwner = () => {
    const state = appState();
    return {
      ...state,
      fiatAccounts: { ...state.fiatAccounts, items: [account({ ownerName: '' })] },
    };
  };

  it.each([
    ['not_stated', 'Beneficiary not stated by Paxos'],
    ['stated', 'Acme Treasury Inc'],
  ] as const)('from main’s full read (%s)', async (kind, words) => {
    const state = listedWithoutOwner();
    seedStore(state);
    installFakeTreasury(
      {
        getFiatAccount: () => ({
          ...account({ ownerName: kind === 'stated' ? words : '' }),
          details: {},
          owner: kind === 'stated' ? { kind, name: words } : { kind },
        }),
      },
      state,
    );
    render(
      <RuleReview
        draft={ruleDraft}
        onConfirm={() => undefined}
        onBack={() => undefined}
        pending={false}
        error={null}
      />,
    );
    const destination = screen.getByTestId('rule-review-destination');
    await screen.findByText(new RegExp(words));
    expect(destination.textContent).toContain(` · ${words} · `);
  });

  it('says Paxos could not be asked when the read fails', async () => {
    const state = listedWithoutOwner();
    seedStore(state);
    installFakeTreasury(
      {
        getFiatAccount: () => {
          throw new Error('offline');
        },
      },
      state,
    );
    render(
      <RuleReview
        draft={ruleDraft}
        onConfirm={() => undefined}
        onBack={() => undefined}
        pending={false}
        error={null}
      />,
    );
    await screen.findByText(/Beneficiary not known: Paxos could not be asked/);
  });
});
