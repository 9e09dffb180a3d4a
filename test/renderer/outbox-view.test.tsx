// Issue 13, bug 1: a redemption Paxos accepted and that then failed leaves "Requests not yet
// confirmed by Paxos" (the failure shows on the redemption itself); a request Paxos refused
// outright (no Paxos id) stays, for the operator to see.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/App';
import { isOpenIntent } from '../../renderer/src/model/intent-states';
import { appState, intent } from './support/fixtures';
import { installFakeTreasury, resetStores } from './support/fake-treasury';

beforeEach(resetStores);
afterEach(cleanup);

describe('requests not yet confirmed by Paxos', () => {
  it('a failed intent with a Paxos id is settled; one without is still open', () => {
    expect(isOpenIntent({ state: 'failed', paxosId: 'orch-9' })).toBe(false);
    expect(isOpenIntent({ state: 'failed' })).toBe(true);
    expect(isOpenIntent({ state: 'submitted', paxosId: 'orch-9' })).toBe(true);
    expect(isOpenIntent({ state: 'completed', paxosId: 'orch-9' })).toBe(false);
  });

  it('Overview lists only the refused one, even when the failed redemption is no longer among recent ones', async () => {
    installFakeTreasury(
      {},
      appState({
        outbox: {
          items: [
            intent({
              id: 'accepted-then-failed',
              state: 'failed',
              paxosId: 'orch-old',
              summary: 'Redeem 5.00 USDC (wire failed)',
            }),
            intent({ id: 'refused', state: 'failed', summary: 'Redeem 7.00 USDC (refused)' }),
          ],
        },
        recentOrchestrations: { items: [], asOf: null },
      }),
    );
    render(<App />);
    // A request Paxos refused needs the operator: it leads Overview, under "Needs your attention".
    const list = await screen.findByRole('list', { name: 'Needs your attention' });
    expect(
      within(list)
        .getAllByTestId('intent')
        .map((row) => row.getAttribute('data-intent-id')),
    ).toEqual(['refused']);
  });
});
