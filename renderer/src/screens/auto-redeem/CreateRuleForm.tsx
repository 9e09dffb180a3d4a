// A new auto-redeem rule: deposits of one stablecoin on one network, into a deposit address
// Paxos creates, are converted to USD and wired to one approved bank account.
import { useState, type FormEvent } from 'react';
import { STABLECOINS, ruleNetworksFor } from '../../../../shared/assets';
import type { IntentView } from '../../../../shared/views';
import { call } from '../../bridge/treasury';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/Field';
import { focusFirstError } from '../../components/focus-first-error';
import { SelectField } from '../../components/SelectField';
import { fieldErrorsOf, type FieldErrors } from '../../errors/field-errors';
import { useBridgeAction } from '../../hooks/useBridgeAction';
import { useDraft } from '../../store/draft-store';
import { useProfiles } from '../../store/selectors';
import { DestinationField } from '../redeem/DestinationField';
import { emptyRuleDraft, toRuleRequest, validateRuleDraft, type RuleDraft } from './rule-draft';

export function CreateRuleForm({ onDone, onCancel }: { onDone: (intent: IntentView) => void; onCancel: () => void }) {
  const profiles = useProfiles();
  const [draft, setDraft, resetDraft] = useDraft<RuleDraft>('rule.new', () => emptyRuleDraft(profiles.length === 1 ? profiles[0]?.id : ''));
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const create = useBridgeAction(() => call('createRule', toRuleRequest(draft)));
  const errors = { ...fieldErrorsOf(create.error), ...clientErrors };
  const networks = ruleNetworksFor(draft.asset);
  const update = (patch: Partial<RuleDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const problems = validateRuleDraft(draft);
    setClientErrors(problems);
    if (Object.keys(problems).length > 0) return focusFirstError(form);
    const intent = await create.run();
    if (!intent) return;
    resetDraft();
    onDone(intent);
  };

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} aria-label="New auto-redeem rule" noValidate>
      <h2>New auto-redeem rule</h2>
      <p className="muted">Paxos creates a deposit address for the rule. Every deposit to it is converted to USD and wired to the bank account.</p>
      {create.error ? <ErrorNotice error={create.error} /> : null}
      <TextField path="nickname" label="Nickname" optional value={draft.nickname} onChange={(nickname) => update({ nickname })} error={errors.nickname} maxLength={100} />
      <SelectField
        path="profileId"
        label="Profile"
        value={draft.profileId}
        onChange={(profileId) => update({ profileId })}
        error={errors.profileId}
        placeholder="Choose a profile…"
        options={profiles.map((p) => ({ value: p.id, label: p.nickname }))}
      />
      <div className="field-row">
        <SelectField
          path="asset"
          label="Stablecoin"
          value={draft.asset}
          // A network the new coin is not offered on is cleared, never kept silently.
          onChange={(asset) => update({ asset, network: ruleNetworksFor(asset).some((n) => n === draft.network) ? draft.network : '' })}
          error={errors.asset}
          options={STABLECOINS.map((a) => ({ value: a, label: a }))}
        />
        <SelectField
          path="network"
          label="Network"
          value={draft.network}
          onChange={(network) => update({ network })}
          error={errors.network}
          placeholder="Choose a network…"
          options={networks.map((n) => ({ value: n, label: n }))}
          hint={`Networks offered for ${draft.asset}.`}
        />
      </div>
      <DestinationField value={draft.fiatAccountId} onChange={(fiatAccountId) => update({ fiatAccountId })} error={errors.fiatAccountId} />
      <div className="form__actions">
        <button type="button" onClick={onCancel}>
          Back to rules
        </button>
        <button type="submit" className="button--primary" disabled={create.pending}>
          {create.pending ? 'Sending…' : 'Create rule'}
        </button>
      </div>
    </form>
  );
}
