// Step 1: what to redeem and where the dollars go. Nothing is sent from here: "Review" only
// asks main to check the request and describe what would happen.
import type { ChangeEvent, FormEvent, Ref } from 'react';
import { STABLECOINS } from '../../../../shared/assets';
import { parseAmountText } from '../../../../shared/amount-parse';
import { compareAmounts, isDecimalString } from '../../../../shared/money';
import { AmountInput } from '../../components/AmountInput';
import { TextField } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import type { FieldErrors } from '../../errors/field-errors';
import { formatAmountSafe } from '../../format/amount';
import { useProfiles } from '../../store/selectors';
import { DestinationField } from '../../components/DestinationField';
import type { RedeemDraft } from './redeem-draft';

interface RedeemFormProps {
  draft: RedeemDraft;
  update: (patch: Partial<RedeemDraft>) => void;
  errors: FieldErrors;
  formProps: {
    ref: Ref<HTMLFormElement>;
    onChange: (event: ChangeEvent<HTMLFormElement>) => void;
    noValidate: boolean;
  };
  onSubmit: (event: FormEvent) => void;
  pending: boolean;
}

/** "250,000.00 USDC available" for an option label: each profile's balance of each coin, as last seen. */
function availableText(balances: { asset: string; available: string }[], asset: string): string {
  return `${formatAmountSafe(balances.find((b) => b.asset === asset)?.available ?? '0', asset)} available`;
}

export function RedeemForm({
  draft,
  update,
  errors,
  formProps,
  onSubmit,
  pending,
}: RedeemFormProps) {
  const profiles = useProfiles();
  const profile = profiles.find((p) => p.id === draft.profileId);
  const available = profile
    ? (profile.balances.find((b) => b.asset === draft.asset)?.available ?? '0')
    : undefined;
  const typed = parseAmountText(draft.amount, draft.asset);
  const overAvailable =
    available !== undefined &&
    typed.ok &&
    isDecimalString(available) &&
    compareAmounts(typed.amount, available) > 0;

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
      <TextField
        path="memo"
        label="Memo for the wire"
        optional
        value={draft.memo}
        onChange={(memo) => update({ memo })}
        error={errors.memo}
        maxLength={100}
        hint="Up to 100 characters: letters, digits, spaces and / ? : ( ) . , & ' + -"
      />
      <div className="form__actions">
        <button type="submit" className="button--primary" disabled={pending}>
          {pending ? 'Checking…' : 'Review'}
        </button>
      </div>
    </form>
  );
}
