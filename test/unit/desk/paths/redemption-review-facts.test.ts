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

  it('refuses an amount that is not whole cents: a wire moves whole cents', () => {
    expect(() => assertWireableAmount('1.123456', 'USDC')).toThrow(
      /whole cents: 1\.123456 USDC would arrive as \$1\.12.*0\.003456 left over.*Redeem 1\.12 USDC/,
    );
    expect(() => assertWireableAmount('10.505', 'USDP')).toThrow(AppError);
    expect(() => assertWireableAmount('10.50', 'USDC')).not.toThrow();
    expect(() => assertWireableAmount('10.500000', 'USDC')).not.toThrow();
    expect(() => assertWireableAmount('40000', 'USDC')).not.toThrow();
  });

  it('names the beneficiary from the lookup, never a dash', () => {
    const base = {
      amount: '100',
      asset: 'USDC',
      available: '1000',
      account: { ...account, ownerName: '' },
      redeemedTodayUsd: '0',
      dailyLimitUsd: '1000000',
      now: new Date('2026-12-07T15:00:00Z'),
    };
    const stated = redemptionReviewFacts({ ...base, owner: { kind: 'stated', name: 'Acme Corp' } });
    expect(stated.beneficiary).toMatchObject({ ownerName: 'Acme Corp', ownerText: 'Acme Corp' });
    const none = redemptionReviewFacts({ ...base, owner: { kind: 'not_stated' } });
    expect(none.beneficiary).toMatchObject({
      ownerName: '',
      ownerText: 'Beneficiary not stated by Paxos',
    });
    const unasked = redemptionReviewFacts({ ...base, owner: { kind: 'not_asked' } });
    expect(unasked.beneficiary.ownerText).toMatch(
      /^Beneficiary not known: Paxos could not be asked/,
    );
  });

  it('says an international wire may arrive reduced; a domestic one does not', () => {
    const base = {
      amount: '40000',
      asset: 'USDC',
      available: '100000',
      owner: { kind: 'stated', name: 'Acme GmbH' } as const,
      redeemedTodayUsd: '0',
      dailyLimitUsd: '1000000',
      now: new Date('2026-12-07T15:00:00Z'),
    };
    const swift = redemptionReviewFacts({ ...base, account });
    expect(swift.receive.mayArriveLess).toMatch(
      /International wire: Paxos sends \$40,000\.00 USD\. Intermediary and receiving-bank fees, or conversion .* may reduce what arrives/,
    );
    const aba = redemptionReviewFacts({
      ...base,
      account: { ...account, routingType: 'ABA', routingNumber: '021000021' },
    });
    expect(aba.receive.mayArriveLess).toBeUndefined();
  });

  it('states the terms, the balance after, today against the limit, and a SWIFT window', () => {
    const facts = redemptionReviewFacts({
      amount: '250000',
      asset: 'USDC',
      available: '400000.5',
      account,
      owner: { kind: 'stated', name: 'Acme Corp' },
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
