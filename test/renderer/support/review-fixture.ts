// A redemption review as main returns it, for the Redeem screen tests.
import type { RedemptionReview } from '../../../shared/contract';

export function review(overrides: Partial<RedemptionReview> = {}): RedemptionReview {
  return {
    environment: 'demo',
    profile: { id: 'prof-1', nickname: 'Treasury main' },
    asset: 'USDC',
    amount: '150000',
    available: '250000.123456',
    destination: {
      id: 'fa-approved',
      bankName: 'First Bank',
      accountNumberMasked: '…4512',
      label: 'Operating',
    },
    overPerRedemptionLimit: false,
    overDailyLimit: false,
    warnings: [],
    nextSteps: ['Paxos converts USDC to USD.', 'Paxos wires the dollars.'],
    willQueue: false,
    receive: {
      amountUsd: '150000',
      rate: '1',
      terms: '1 USDC = 1 USD (Paxos redeems at par). Paxos states no fee for redemptions.',
    },
    balanceAfter: '100000.123456',
    today: { redeemedUsd: '0', afterUsd: '150000', dailyLimitUsd: '1000000' },
    beneficiary: {
      ownerName: 'Acme Corp',
      ownerText: 'Acme Corp',
      bankName: 'First Bank',
      routingType: 'ABA',
      routingNumber: '021000021',
      accountNumberMasked: '…4512',
      approvedSince: '2026-12-01T10:00:00Z',
    },
    arrival: {
      rail: 'fedwire',
      sendDay: '2026-12-07',
      waitsForNextBusinessDay: false,
      earliest: '2026-12-08',
      latest: '2026-12-10',
      minBusinessDays: 1,
      maxBusinessDays: 3,
      cutoffHourEt: 18,
      holidays: [],
    },
    ...overrides,
  };
}
