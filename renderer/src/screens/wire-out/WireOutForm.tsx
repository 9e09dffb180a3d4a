// Step 1: where the USD comes from, where it goes, how much and which side of the fee is exact.
// Nothing is sent from here: "Review" only asks main to check the request and describe it.
import { AmountInput } from '../../components/AmountInput';
import { DestinationField } from '../../components/DestinationField';
import { availableOf, isOverAvailable } from '../../components/review-flow/available';
import { ReviewButton } from '../../components/review-flow/ReviewButton';
import type { FormStepProps } from '../../components/review-flow/step-props';
import { WireMemoField } from '../../components/review-flow/WireMemoField';
import { SelectField } from '../../components/SelectField';
import { formatAmountSafe } from '../../format/amount';
import { useProfiles } from '../../store/selectors';
import type { WireOutDraft } from './wire-out-draft';
import { feeModeChoices, typedFigure } from './wire-out-text';

const usdOf = (balances: { asset: string; available: string }[]) => availableOf(balances, 'USD');

export function WireOutForm({
  draft,
  update,
  errors,
  formProps,
  onSubmit,
  pending,
}: FormStepProps<WireOutDraft>) {
  const profiles = useProfiles();
  const profile = profiles.find((p) => p.id === draft.profileId);
  const available = profile ? usdOf(profile.balances) : undefined;
  const overAvailable = isOverAvailable(draft.amount, 'USD', available);
  const figure = typedFigure(draft.amount);

  return (
    <form className="form" {...formProps} onSubmit={onSubmit} aria-label="Wire out">
      <SelectField
        path="profileId"
        label="From profile"
        value={draft.profileId}
        onChange={(profileId) => update({ profileId })}
        error={errors.profileId}
        placeholder="Choose a profile…"
        options={profiles.map((p) => ({
          value: p.id,
          label: `${p.nickname} — ${formatAmountSafe(usdOf(p.balances), 'USD')} available`,
        }))}
      />
      <DestinationField
        value={draft.fiatAccountId}
        onChange={(fiatAccountId) => update({ fiatAccountId })}
        error={errors.fiatAccountId}
      />
      <AmountInput
        id="f-amount"
        label="Amount"
        asset="USD"
        value={draft.amount}
        onChange={(amount) => update({ amount })}
        available={available}
        error={errors.amount}
      />
      {overAvailable && !errors.amount ? (
        <p className="warning-box" role="note">
          This is more than the {formatAmountSafe(available, 'USD')} available last seen from Paxos.
          Paxos will refuse it unless funds arrive first.
        </p>
      ) : null}
      <fieldset className="choice-group" data-testid="fee-mode">
        <legend>Paxos&apos;s wire fee</legend>
        {feeModeChoices.map((choice) => (
          <label className="choice" key={choice.value}>
            <input
              type="radio"
              name="fee-mode"
              value={choice.value}
              checked={draft.feeMode === choice.value}
              onChange={() => update({ feeMode: choice.value })}
            />
            {choice.label(figure)} <span className="muted">— {choice.detail}</span>
          </label>
        ))}
        <p className="field__hint">
          Paxos states its fee when it answers; Treasury Desk shows it then, never a guess.
        </p>
      </fieldset>
      <WireMemoField value={draft.memo} onChange={(memo) => update({ memo })} error={errors.memo} />
      <ReviewButton pending={pending} />
    </form>
  );
}
