// The facts that make a redemption review read as a wire instruction: what the operator
// receives (and on what terms, as far as Paxos states them), who the beneficiary is, the balance
// after, today's running total against the daily limit, and when the wire should arrive.
import { AppError } from '../../../../shared/app-error';
import {
  addAmounts,
  compareAmounts,
  formatAmount,
  subtractAmounts,
} from '../../../../shared/money';
import { beneficiaryText, type OwnerLookup } from '../../../../shared/beneficiary';
import type { FiatAccountView } from '../../../../shared/views';
import { MIN_WIRE_USD, subCentProblem } from '../../../../shared/wire';
import { expectedWireArrival } from '../../wires/wire-arrival';

/**
 * Refuses an amount that would wire less than a cent, or one that is not whole cents (a wire
 * moves whole cents; see shared/wire.ts for why the desk refuses rather than truncates).
 * Stablecoins redeem 1:1, so the USD amount equals the coin amount.
 */
export function assertWireableAmount(amount: string, asset: string): void {
  if (compareAmounts(amount, MIN_WIRE_USD) < 0) {
    throw new AppError(
      'validation',
      `${formatAmount(amount, asset, { minFractionDigits: 0 })} would wire less than one cent ($0.00). Redeem at least ${formatAmount(MIN_WIRE_USD, asset)}.`,
      {
        field: 'amount',
        detail: 'below the smallest wire of $0.01',
        minimum: MIN_WIRE_USD,
      },
    );
  }
  const subCent = subCentProblem(amount, asset);
  if (subCent)
    throw new AppError('validation', subCent, { field: 'amount', detail: 'not whole cents' });
}

export interface ReviewFactsInput {
  amount: string;
  asset: string;
  available: string;
  account: FiatAccountView;
  /** Who owns the account, as Paxos states it (the list leaves it out: account-owner.ts). */
  owner: OwnerLookup;
  redeemedTodayUsd: string;
  dailyLimitUsd: string;
  now: Date;
}

/**
 * An international wire passes through correspondent banks that may each take a fee, and a
 * receiving bank abroad may take its own or convert the dollars: Paxos sends the amount, the
 * beneficiary may receive less. Said for every SWIFT wire, in the review and main's dialog.
 */
export function internationalWireCaveat(amountUsd: string): string {
  return `International wire: Paxos sends $${formatAmount(amountUsd, 'USD')}. Intermediary and receiving-bank fees, or conversion to another currency at the receiving bank, may reduce what arrives.`;
}

export function redemptionReviewFacts(input: ReviewFactsInput) {
  const { account } = input;
  const arrival = expectedWireArrival(input.now, account.routingType);
  return {
    receive: {
      amountUsd: input.amount,
      rate: '1',
      // Paxos redeems its stablecoins at par and documents no fee for orchestrations; a wire
      // fee, if Paxos charges one, shows on the wire transfer once it is sent.
      terms: `1 ${input.asset} = 1 USD (Paxos redeems at par). Paxos states no fee for redemptions; any wire fee it charges shows on the wire transfer.`,
      ...(arrival.rail === 'swift' ? { mayArriveLess: internationalWireCaveat(input.amount) } : {}),
    },
    balanceAfter: subtractAmounts(input.available, input.amount),
    today: {
      redeemedUsd: input.redeemedTodayUsd,
      afterUsd: addAmounts(input.redeemedTodayUsd, input.amount),
      dailyLimitUsd: input.dailyLimitUsd,
    },
    beneficiary: {
      ownerName: input.owner.kind === 'stated' ? input.owner.name : '',
      ownerText: beneficiaryText(input.owner),
      ...(account.bankName ? { bankName: account.bankName } : {}),
      ...(account.routingType ? { routingType: account.routingType } : {}),
      ...(account.routingNumber ? { routingNumber: account.routingNumber } : {}),
      accountNumberMasked: account.accountNumberMasked,
      ...((account.updatedAt ?? account.createdAt)
        ? { approvedSince: account.updatedAt ?? account.createdAt }
        : {}),
    },
    arrival,
  };
}
