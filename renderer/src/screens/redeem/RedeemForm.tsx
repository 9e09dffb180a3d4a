// Step 1: what to redeem and where the dollars go. Nothing is sent from here: "Review" only
// asks main to check the request and describe what would happen.
import { STABLECOINS } from '../../../../shared/assets';
import { AmountInput } from '../../components/AmountInput';
import { DestinationField } from '../../components/DestinationField';
import { availableOf, isOverAvailable } from '../../components/review-flow/available';
import { ReviewButton } from '../../components/review-flow/ReviewButton';
import type { FormStepProps } from '../../components/review-flow/step-props';
import { WireMemoField } from '../../components/review-flow/WireMemoField';
import { SelectField } from '../../components/SelectField';
import { formatAmountSafe } from '../../format/amount';
import { useProfiles } from '../../store/selectors';
import type { RedeemDraft } from './redeem-draft';

/** "250,000.00 USDC available" for an option label: each profile's balance of each coin, as last seen. */
function availableText(balances: { asset: string; available: string }[], asset: string): string {
  return `${formatAmountSafe(availableOf(balances, asset), asset)} available`;
}

export function RedeemForm({
  draft,
  update,
  errors,
  formProps,
  onSubmit,
  pending,
}: FormStepProps<RedeemDraft>) {
  const profiles = useProfiles();
  const profile = profiles.find((p) => p.id === draft.profileId);
  const available = profile ? availableOf(profile.balances, draft.asset) : undefined;
  const overAvailable = isOverAvailable(draft.amount, draft.asset, available);

  return (
    <form className="form" {...formProps} onSubmit={onSubmit} aria-label="Redemption">
      <SelectField
        path="profileId"
        label="From profile"
        value={draft.profileId}
        onChange={(profileId) => update({ profileId })}
        error={errors.profileId}
        placeholder="Choose a profile…"
        options={profiles.map((p) => ({
          value: p.id,
          label: `${p.nickname} — ${availableText(p.balances, draft.asset)}`,
        }))}
      />
      <SelectField
        path="asset"
        label="Stablecoin"
        value={draft.asset}
        // A different coin may allow different precision; the typed amount is kept, and checked again.
        onChange={(asset) => update({ asset })}
        error={errors.asset}
        options={STABLECOINS.map((a) => ({
          value: a,
          label: profile ? `${a} — ${availableText(profile.balances, a)}` : a,
        }))}
      />
      <AmountInput
        id="f-amount"
        label="Amount"
        asset={draft.asset}
        value={draft.amount}
        onChange={(amount) => update({ amount })}
        available={available}
        error={errors.amount}
      />
      {overAvailable && !errors.amount ? (
        <p className="warning-box" role="note">
          This is more than the available balance of {formatAmountSafe(available, draft.asset)} last
          seen from Paxos. Paxos will refuse it unless funds arrive first.
        </p>
      ) : null}
      <DestinationField
        value={draft.fiatAccountId}
        onChange={(fiatAccountId) => update({ fiatAccountId })}
        error={errors.fiatAccountId}
      />
      <WireMemoField value={draft.memo} onChange={(memo) => update({ memo })} error={errors.memo} />
      <ReviewButton pending={pending} />
    </form>
  );
}
