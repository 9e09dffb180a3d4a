// The auto-redeem rule being prepared, and its checks before it is sent.
import { ruleNetworksFor } from '../../../../shared/assets';
import type { OperationInput } from '../../../../shared/contract';
import { RuleInput } from '../../../../shared/operation-inputs';
import { fieldErrorsFromIssues, type FieldErrors } from '../../errors/field-errors';

export type RuleRequest = OperationInput<'createRule'>;

export interface RuleDraft {
  profileId: string;
  asset: string;
  network: string;
  fiatAccountId: string;
  nickname: string;
}

export const emptyRuleDraft = (profileId = ''): RuleDraft => ({
  profileId,
  asset: 'USDC',
  network: '',
  fiatAccountId: '',
  nickname: '',
});

export function toRuleRequest(draft: RuleDraft): RuleRequest {
  const nickname = draft.nickname.trim();
  return {
    profileId: draft.profileId,
    asset: draft.asset as RuleRequest['asset'],
    network: draft.network as RuleRequest['network'],
    fiatAccountId: draft.fiatAccountId,
    ...(nickname ? { nickname } : {}),
  };
}

export function validateRuleDraft(draft: RuleDraft): FieldErrors {
  const errors: FieldErrors = {};
  if (!draft.profileId) errors.profileId = 'Choose the profile the deposits are credited to.';
  if (!draft.network) errors.network = 'Choose the network the deposits will arrive on.';
  else if (!ruleNetworksFor(draft.asset).some((n) => n === draft.network))
    errors.network = `${draft.asset} cannot be received on ${draft.network} here.`;
  if (!draft.fiatAccountId) errors.fiatAccountId = 'Choose an approved bank account for the wires.';
  const parsed = RuleInput.safeParse(toRuleRequest(draft));
  return parsed.success ? errors : { ...fieldErrorsFromIssues(parsed.error.issues), ...errors };
}
