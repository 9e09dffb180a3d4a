// Step 1: what to convert. From a profile and an asset it holds (USD, or a stablecoin with a
// balance there) to an asset in the same or another profile: a mint (USD → a stablecoin), a
// conversion between stablecoins, or a redemption into USD cash. Which pairs the account may use
// is Paxos's entitlement: a refused pair comes back from main in its words. Nothing is sent
// from here: "Review" only asks main to check it and say what would happen.
import { ASSETS } from '../../../../shared/assets';
import { conversionPrecision, rateStatedByPaxos } from '../../../../shared/conversion';
import { isZeroAmount } from '../../../../shared/money';
import { AmountInput } from '../AmountInput';
import { availableOf } from '../review-flow/available';
import { ReviewButton } from '../review-flow/ReviewButton';
import type { FormStepProps } from '../review-flow/step-props';
import { SelectField } from '../SelectField';
import { formatAmountSafe } from '../../format/amount';
import { useProfiles } from '../../store/selectors';
import type { ConversionDraft } from './conversion-draft';

interface ConversionFormProps extends FormStepProps<ConversionDraft> {
  /** The asset received when the screen fixes it (redeem into cash: USD). */
  fixedToAsset?: string;
  label: string;
}

type Balances = { asset: string; available: string }[];

/** USD is always offered (a mint); a stablecoin only where the profile holds some. */
function sourceAssets(balances: Balances | undefined, chosen: string, toFixed?: string) {
  return ASSETS.filter(
    (a) =>
      a !== toFixed &&
      (a === chosen ||
        (a === 'USD' && !toFixed) ||
        (balances !== undefined && !isZeroAmount(availableOf(balances, a)))),
  );
}

export function ConversionForm(props: ConversionFormProps) {
  const { draft, update, errors, formProps, onSubmit, pending, fixedToAsset, label } = props;
  const profiles = useProfiles();
  const from = profiles.find((p) => p.id === draft.fromProfileId);
  const precision = conversionPrecision(draft.fromAsset, draft.toAsset);
  return (
    <form className="form" {...formProps} onSubmit={onSubmit} aria-label={label}>
      <SelectField
        path="fromProfileId"
        label="From profile"
        value={draft.fromProfileId}
        onChange={(fromProfileId) => update({ fromProfileId })}
        error={errors.fromProfileId}
        placeholder="Choose a profile…"
        options={profiles.map((p) => ({
          value: p.id,
          label: `${p.nickname} — ${formatAmountSafe(availableOf(p.balances, draft.fromAsset), draft.fromAsset)} available`,
        }))}
      />
      <SelectField
        path="fromAsset"
        label="From asset"
        value={draft.fromAsset}
        onChange={(fromAsset) =>
          update(
            fromAsset === draft.toAsset ? { fromAsset, toAsset: draft.fromAsset } : { fromAsset },
          )
        }
        error={errors.fromAsset}
        options={sourceAssets(from?.balances, draft.fromAsset, fixedToAsset).map((a) => ({
          value: a,
          label: from ? `${a} — ${formatAmountSafe(availableOf(from.balances, a), a)}` : a,
        }))}
      />
      {fixedToAsset ? null : (
        <SelectField
          path="toAsset"
          label="To asset"
          value={draft.toAsset}
          onChange={(toAsset) => update({ toAsset })}
          error={errors.toAsset}
          options={ASSETS.filter((a) => a !== draft.fromAsset).map((a) => ({ value: a, label: a }))}
        />
      )}
      <SelectField
        path="toProfileId"
        label="Into profile"
        value={draft.toProfileId}
        onChange={(toProfileId) => update({ toProfileId })}
        error={errors.toProfileId}
        placeholder="Choose a profile…"
        options={profiles.map((p) => ({
          value: p.id,
          label: p.id === draft.fromProfileId ? `${p.nickname} (same profile)` : p.nickname,
        }))}
      />
      <AmountInput
        id="f-amount"
        label={`${draft.fromAsset} amount`}
        asset={draft.fromAsset}
        value={draft.amount}
        onChange={(amount) => update({ amount })}
        available={from ? availableOf(from.balances, draft.fromAsset) : undefined}
        error={errors.amount}
      />
      <p className="muted" data-testid="pair-terms">
        {draft.fromAsset} → {draft.toAsset}:{' '}
        {rateStatedByPaxos(draft.fromAsset, draft.toAsset)
          ? '1:1 as Paxos states it'
          : 'rate not stated by Paxos (the credited amount is read and checked)'}
        , at {precision} decimals (the fewer of the pair; anything finer is not converted). Which
        pairs your account may use is set by Paxos.
      </p>
      <ReviewButton pending={pending} />
    </form>
  );
}
