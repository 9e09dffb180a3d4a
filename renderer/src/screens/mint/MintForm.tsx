// Step 1: what to mint. USD from a profile, a stablecoin into the same or another profile.
// Nothing is sent from here: "Review" only asks main to check it and say what would happen.
import type { ChangeEvent, FormEvent, Ref } from 'react';
import { STABLECOINS } from '../../../../shared/assets';
import { AmountInput } from '../../components/AmountInput';
import { SelectField } from '../../components/SelectField';
import type { FieldErrors } from '../../errors/field-errors';
import { formatAmountSafe } from '../../format/amount';
import { useProfiles } from '../../store/selectors';
import type { MintDraft } from './mint-draft';

interface MintFormProps {
  draft: MintDraft;
  update: (patch: Partial<MintDraft>) => void;
  errors: FieldErrors;
  formProps: {
    ref: Ref<HTMLFormElement>;
    onChange: (event: ChangeEvent<HTMLFormElement>) => void;
    noValidate: boolean;
  };
  onSubmit: (event: FormEvent) => void;
  pending: boolean;
}

const usdOf = (balances: { asset: string; available: string }[]) =>
  balances.find((b) => b.asset === 'USD')?.available ?? '0';

export function MintForm({ draft, update, errors, formProps, onSubmit, pending }: MintFormProps) {
  const profiles = useProfiles();
  const from = profiles.find((p) => p.id === draft.fromProfileId);
  return (
    <form className="form" {...formProps} onSubmit={onSubmit} aria-label="Mint">
      <SelectField
        path="fromProfileId"
        label="USD from profile"
        value={draft.fromProfileId}
        onChange={(fromProfileId) => update({ fromProfileId })}
        error={errors.fromProfileId}
        placeholder="Choose a profile…"
        options={profiles.map((p) => ({
          value: p.id,
          label: `${p.nickname} — ${formatAmountSafe(usdOf(p.balances), 'USD')} available`,
        }))}
      />
      <SelectField
        path="toAsset"
        label="Stablecoin to mint"
        value={draft.toAsset}
        onChange={(toAsset) => update({ toAsset })}
        error={errors.toAsset}
        options={STABLECOINS.map((a) => ({ value: a, label: a }))}
      />
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
        label="USD amount"
        asset="USD"
        value={draft.amount}
        onChange={(amount) => update({ amount })}
        available={from ? usdOf(from.balances) : undefined}
        error={errors.amount}
      />
      <p className="muted">
        Minted 1:1 at 2 decimals (the precision of USD): each dollar becomes one {draft.toAsset}.
        Which pairs your account may use is set by Paxos.
      </p>
      <div className="form__actions">
        <button type="submit" className="button--primary" disabled={pending}>
          {pending ? 'Checking…' : 'Review'}
        </button>
      </div>
    </form>
  );
}
