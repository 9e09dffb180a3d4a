// What every review of a USD wire to a bank account reads first, the same way for a redemption
// (stablecoin → USD wire) and a wire out of USD cash: the profile, what it holds of the asset
// that pays, the bank account as the desk labels it (only an APPROVED one can receive a wire),
// and who owns it. Each refusal is a validation error on the field the operator fixes.
import { AppError } from '../../../shared/app-error';
import type { OwnerLookup } from '../../../shared/beneficiary';
import type { FiatAccount } from '../../../shared/paxos/responses';
import { compareAmounts, formatAmount } from '../../../shared/money';
import { balanceRecord } from '../store/cache/cache-records';
import type { CacheStore } from '../store/cache/cache-store';
import { fiatAccountView } from '../views/to-views';
import { assertWireableAmount } from './redemption/redemption-review-facts';

export interface WireReviewAsk {
  profileId: string;
  fiatAccountId: string;
  amount: string;
  /** The asset the profile pays with (a stablecoin, or USD for a wire out of cash). */
  asset: string;
  /** What the operator is told when the profile is missing ("Choose a profile to …"). */
  chooseProfile: string;
}

export interface WireReviewContext {
  cache: Pick<CacheStore, 'get'>;
  labelOf?: (id: string) => string | undefined;
  ownerOf?: (id: string) => Promise<OwnerLookup | undefined>;
}

export async function wireReviewParts(ask: WireReviewAsk, ctx: WireReviewContext) {
  const profile = await ctx.cache.get('profiles', ask.profileId);
  if (!profile) throw new AppError('validation', ask.chooseProfile, { field: 'profileId' });
  assertWireableAmount(ask.amount, ask.asset);
  const balance = await ctx.cache.get(
    'balances',
    balanceRecord(ask.profileId, { asset: ask.asset }).id,
  );
  const available = balance ? String(balance.record.available ?? '0') : '0';
  if (compareAmounts(ask.amount, available) > 0)
    throw new AppError(
      'validation',
      `Only ${formatAmount(available, ask.asset)} is available in this profile.`,
      { field: 'amount', available, needed: ask.amount, asset: ask.asset },
    );
  const account = await ctx.cache.get('fiatAccounts', ask.fiatAccountId);
  if (!account)
    throw new AppError('validation', 'Choose a bank account to wire the dollars to.', {
      field: 'fiatAccountId',
    });
  const paxosView = fiatAccountView(account.record as FiatAccount, account.fetchedAt);
  const view = { ...paxosView, label: ctx.labelOf?.(paxosView.id) ?? paxosView.label };
  if (view.status.toUpperCase() !== 'APPROVED')
    throw new AppError(
      'validation',
      `${view.label} is ${view.status.toLowerCase()}: only approved bank accounts can receive a wire.`,
      { field: 'fiatAccountId' },
    );
  const owner: OwnerLookup =
    (await ctx.ownerOf?.(view.id)) ??
    (view.ownerName ? { kind: 'stated', name: view.ownerName } : { kind: 'not_asked' });
  const nickname = String(profile.record.nickname ?? profile.record.id);
  return {
    available,
    view,
    owner,
    /** The profile's name in "from …" sentences ("the profile" when Paxos gave none). */
    fromName: String(profile.record.nickname ?? 'the profile'),
    /** The review's profile and destination, as the bridge contract shows them. */
    shown: {
      profile: { id: profile.record.id, nickname },
      destination: {
        id: view.id,
        bankName: view.bankName ?? view.label,
        accountNumberMasked: view.accountNumberMasked,
        label: view.label,
      },
    },
  };
}
