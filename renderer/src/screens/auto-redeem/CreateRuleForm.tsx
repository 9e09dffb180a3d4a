// A new auto-redeem rule: deposits of one stablecoin on one network, into a deposit address
// Paxos creates, are converted to USD and wired to one approved bank account.
import { useState } from 'react';
import { STABLECOINS, ruleNetworksFor } from '../../../../shared/assets';
import type { IntentView } from '../../../../shared/views';
import { call } from '../../bridge/treasury';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { networkLabel } from '../../format/labels';
import { useBridgeAction } from '../../hooks/useBridgeAction';
import { useFormController } from '../../hooks/useFormController';
import { useProfiles } from '../../store/selectors';
import { DestinationField } from '../../components/DestinationField';
import { RuleReview } from './RuleReview';
import { emptyRuleDraft, toRuleRequest, validateRuleDraft, type RuleDraft } from './rule-draft';

export function CreateRuleForm({
  onDone,
  onCancel,
}: {
  onDone: (intent: IntentView) => void;
  onCancel: () => void;
}) {
  const profiles = useProfiles();
  const [reviewing, setReviewing] = useState(false);
  const create = useBridgeAction((draft: RuleDraft) => call('createRule', toRuleRequest(draft)));
  const form = useFormController<RuleDraft>({
    draftKey: 'rule.new',
    initial: () => emptyRuleDraft(profiles.length === 1 ? profiles[0]?.id : ''),
    validate: validateRuleDraft,
    serverError: create.error,
  });
  const { draft, errors, update } = form;
  const networks = ruleNetworksFor(draft.asset);

  // Valid → the review step; nothing is sent until the operator confirms there.
  const onSubmit = form.handleSubmit(async () => {
    create.clearError();
    setReviewing(true);
    return true;
  });

  const onConfirm = async () => {
    const intent = await create.run(draft);
    if (!intent) return;
    form.reset();
    onDone(intent);
  };

  if (reviewing) {
    return (
      <RuleReview
        draft={draft}
        onConfirm={() => void onConfirm()}
        onBack={() => setReviewing(false)}
        pending={create.pending}
        error={create.error}
      />
    );
  }

  return (
    <form
      className="form"
      {...form.formProps}
      onSubmit={(e) => void onSubmit(e)}
      aria-label="New auto-redeem rule"
    >
      <h2>New auto-redeem rule</h2>
      <p className="muted">
        Paxos creates a deposit address for the rule. Every deposit to it is converted to USD and
        wired to the bank account.
      </p>
      {form.bannerError ? <ErrorNotice error={form.bannerError} /> : null}
      <TextField
        path="nickname"
        label="Nickname"
        optional
        value={draft.nickname}
        onChange={(nickname) => update({ nickname })}
        error={errors.nickname}
        maxLength={100}
      />
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
          onChange={(asset) =>
            update({
              asset,
              network: ruleNetworksFor(asset).some((n) => n === draft.network) ? draft.network : '',
            })
          }
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
          options={networks.map((n) => ({ value: n, label: networkLabel(n).text }))}
          hint={`Networks offered for ${draft.asset}.`}
        />
      </div>
      <DestinationField
        value={draft.fiatAccountId}
        onChange={(fiatAccountId) => update({ fiatAccountId })}
        error={errors.fiatAccountId}
      />
      <div className="form__actions">
        <button type="button" onClick={onCancel}>
          Back to rules
        </button>
        <button type="submit" className="button--primary">
          Review rule
        </button>
      </div>
    </form>
  );
}
