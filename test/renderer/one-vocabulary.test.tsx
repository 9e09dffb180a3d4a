// Issue 24, smaller items, on screen: a bank account Paxos reviews reads "In review at Paxos"
// on Overview as on Bank accounts (never "Pending"); Activity writes the last 4 as "••••4512",
// in an element of their own that the label's ellipsis cannot cut at 1024 px.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ActivityRow } from '../../renderer/src/screens/activity/ActivityRow';
import { AwaitingApprovalSection } from '../../renderer/src/screens/overview/AwaitingApprovalSection';
import { orchestration } from './support/fixtures';
import { resetStores, seedStore } from './support/fake-treasury';

beforeEach(() => {
  resetStores();
  seedStore();
});
afterEach(cleanup);

describe('one vocabulary on screen', () => {
  it('Overview names an account in review as the Bank accounts screen does', () => {
    render(<AwaitingApprovalSection />);
    const section = screen.getByTestId('awaiting-approval');
    expect(within(section).getByTitle('Paxos status: PENDING').textContent).toBe(
      'In review at Paxos',
    );
    expect(section.textContent).not.toMatch(/\bPending\b/);
  });

  it('Activity writes the last 4 as ••••4512, outside the ellipsis that shortens the label', () => {
    render(
      <ActivityRow
        row={orchestration()}
        words={{
          when: 'Mar 2, 10:00',
          amount: '1,000.00 USDC',
          usd: '—',
          destination: 'A very long operating account label that will not fit',
          last4: '4512',
          profile: 'Main',
          source: 'Ad hoc',
          status: 'In progress',
        }}
        selected={false}
        onOpen={() => undefined}
        rowIndex={2}
      />,
    );
    const last4 = screen.getByText('••••4512');
    expect(last4.closest('.ellipsis')).toBeNull();
    expect(last4.className).toMatch(/activity-row__last4/);
  });
});
