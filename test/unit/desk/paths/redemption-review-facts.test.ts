// The wire instruction main gives for review: the minimum wire (bug 9), the 1:1 terms said
// as such, balance after, today's total and the rail-specific arrival window.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/app-error';
import type { FiatAccountView } from '../../../../shared/views';
import {
  assertWireableAmount,
  redemptionReviewFacts,
} from '../../../../main/desk/paths/redemption/redemption-review-facts';

const account: FiatAccountView = {
  id: 'fa-1',
  status: 'APPROVED',
  label: 'Operating',
  ownerName: 'Acme Corp',
  network: 'wire',
  routingType: 'SWIFT',
  routingNumber: 'DEUTDEFF',
  bankName: 'Deutsche Bank',
  accountNumberMasked: '••••3000',
  updatedAt: '2026-12-01T10:00:00Z',
  fetchedAt: '2026-12-07T15:00:00Z',
};

describe('redemption review facts', () => {
  it('refuses less than one cent: the wire would be $0.00', () => {
    expect(() => assertWireableAmount('0.000001', 'USDC')).toThrow(AppError);
    expect(() => assertWireableAmount('0.009999', 'USDC')).toThrow(/less than one cent/);
    expect(() => assertWireableAmount('0.01', 'USDC')).not.toThrow();
  });

  it('states the terms, the balance after, today against the limit, and a SWIFT window', () => {
    const facts = redemptionReviewFacts({
      amount: '250000',
      asset: 'USDC',
      available: '400000.5',
      account,
      redeemedTodayUsd: '100000',
      dailyLimitUsd: '1000000',
      now: new Date('2026-12-07T15:00:00Z'),
    });
    expect(facts.receive).toMatchObject({ amountUsd: '250000', rate: '1' });
    expect(facts.receive.terms).toMatch(/1 USDC = 1 USD/);
    expect(facts.balanceAfter).toBe('150000.5');
    expect(facts.today).toEqual({
      redeemedUsd: '100000',
      afterUsd: '350000',
      dailyLimitUsd: '1000000',
    });
    expect(facts.beneficiary).toMatchObject({
      ownerName: 'Acme Corp',
      routingType: 'SWIFT',
      routingNumber: 'DEUTDEFF',
      approvedSince: '2026-12-01T10:00:00Z',
    });
    expect(facts.arrival).toMatchObject({ rail: 'swift', maxBusinessDays: 5 });
  });
});
