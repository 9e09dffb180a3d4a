// The drawer's statement facts and the monthly statement sheet: every CSV column as a row with
// its raw value, amounts with the asset's fixed decimals, the IMAD gap said, unread legs said
// rather than left blank; the sheet's repeating header names the environment, and a
// reconciliation difference is shown as a failure, never hidden.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  MOVEMENT_COLUMNS,
  NO_IMAD_NOTE,
  type MovementDetails,
} from '../../shared/movement-details';
import type { StatementView } from '../../shared/statement';
import { StatementFacts } from '../../renderer/src/screens/activity/StatementFacts';
import { StatementSheet } from '../../renderer/src/screens/statements/StatementSheet';

afterEach(cleanup);

const details: MovementDetails = {
  createdAt: '2026-12-01T10:00:00Z',
  kind: 'Redemption to a bank',
  status: 'COMPLETED',
  statusLabel: 'Completed',
  asset: 'USDC',
  amount: '40000.000000',
  usd: '40000.00',
  orchestrationId: 'o-1',
  legs: 'not_read',
};

describe('statement facts in the drawer', () => {
  it('has a row per CSV column, fixed decimals, the IMAD note and why the fee is empty', () => {
    render(<StatementFacts details={details} />);
    const facts = screen.getByTestId('statement-facts');
    const columns = [...facts.querySelectorAll('[data-column]')].map((e) =>
      e.getAttribute('data-column'),
    );
    expect(columns).toEqual([...MOVEMENT_COLUMNS.map(([, c]) => c), 'imad']);
    const row = (column: string) => facts.querySelector(`[data-column="${column}"]`)!;
    expect(row('source_amount').textContent).toContain('40,000.000000 USDC');
    expect(row('source_amount').getAttribute('data-value')).toBe('40000.000000');
    expect(row('fee').textContent).toContain('not read from Paxos');
    expect(screen.getByTestId('no-imad').textContent).toBe(NO_IMAD_NOTE);
  });
});

const statement = (agrees: boolean): StatementView => ({
  environment: 'production',
  environmentLabel: 'Paxos Production (real money)',
  profileId: 'p-1',
  profileName: 'Operating reserve',
  month: '2026-11',
  periodStart: '2026-11-01T00:00:00.000Z',
  periodEnd: '2026-12-01T00:00:00.000Z',
  generatedAt: '2026-12-07T12:00:00.000Z',
  balancesFrom: 'paxos_now',
  balancesAsOf: '2026-12-07T12:00:00.000Z',
  method: ['Closing balance = Paxos now minus later movements.'],
  assets: [
    {
      asset: 'USDC',
      opening: '141300.000000',
      credits: '0.000000',
      debits: '41000.000000',
      fees: '0.000000',
      closing: '100300.000000',
      movements: [],
      paxosBalance: '100000.000000',
      afterPeriod: '-300.000000',
      reconciliation: {
        difference: agrees ? '0.000000' : '7500.000000',
        agrees,
        verdict: agrees ? 'Agrees.' : 'Differs by 7500.000000 USDC.',
      },
    },
  ],
});

describe('monthly statement sheet', () => {
  it('names the environment in the header every printed page repeats', () => {
    render(<StatementSheet statement={statement(true)} />);
    const header = screen.getByTestId('statement-header');
    expect(header.closest('thead')).not.toBeNull();
    expect(header.textContent).toContain('Paxos Production (real money)');
    expect(screen.getByTestId('statement-closing').textContent).toContain('100,300.000000 USDC');
  });

  it('shows a difference as a failure, in words', () => {
    render(<StatementSheet statement={statement(false)} />);
    const verdict = screen.getByTestId('statement-verdict');
    expect(verdict.getAttribute('data-agrees')).toBe('false');
    expect(verdict.className).toContain('bad');
    expect(
      within(screen.getByTestId('statement-difference')).getByText(/7,500\.000000 USDC/),
    ).toBeTruthy();
  });
});
