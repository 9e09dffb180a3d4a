// Deleting a rule, after a confirmation that says what happens to later deposits.
import type { IntentView, RuleView } from '../../../../shared/views';
import { call } from '../../bridge/treasury';
import { ConfirmedDeleteButton } from '../../components/ConfirmedDeleteButton';

export function DeleteRuleButton({
  rule,
  onDeleted,
}: {
  rule: RuleView;
  onDeleted: (intent: IntentView) => void;
}) {
  const asset = rule.sourceAsset ?? 'stablecoin';
  return (
    <ConfirmedDeleteButton
      buttonLabel="Delete rule…"
      title={`Delete the rule ${rule.nickname ?? ''}?`.replace(/ \?$/, '?')}
      confirmLabel="Delete rule"
      remove={() => call('deleteRule', { id: rule.id })}
      onDeleted={onDeleted}
    >
      <p>
        Deposits that reach the address <strong>after</strong> the rule is deleted are credited to
        the profile as {asset}, <strong>unconverted</strong>: no USD conversion and no wire. Tell
        whoever sends to this address to stop first.
      </p>
      <p>Redemptions already started by this rule continue to their end.</p>
    </ConfirmedDeleteButton>
  );
}
