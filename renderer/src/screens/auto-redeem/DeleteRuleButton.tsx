// Deleting a rule, after a confirmation that says what happens to later deposits.
import { useState } from 'react';
import type { IntentView, RuleView } from '../../../../shared/views';
import { call } from '../../bridge/treasury';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useBridgeAction } from '../../hooks/useBridgeAction';

export function DeleteRuleButton({ rule, onDeleted }: { rule: RuleView; onDeleted: (intent: IntentView) => void }) {
  const [open, setOpen] = useState(false);
  const remove = useBridgeAction(() => call('deleteRule', { id: rule.id }));
  const asset = rule.sourceAsset ?? 'stablecoin';
  const confirm = async () => {
    const intent = await remove.run();
    if (!intent) return;
    setOpen(false);
    onDeleted(intent);
  };
  return (
    <>
      <button type="button" className="button--danger" onClick={() => setOpen(true)}>
        Delete rule…
      </button>
      {open ? (
        <ConfirmDialog
          title={`Delete the rule ${rule.nickname ?? ''}?`.replace(/ \?$/, '?')}
          confirmLabel="Delete rule"
          tone="danger"
          onConfirm={() => void confirm()}
          onCancel={() => {
            remove.clearError();
            setOpen(false);
          }}
          pending={remove.pending}
          error={remove.error}
        >
          <p>
            Deposits that reach the address <strong>after</strong> the rule is deleted are credited to the profile as {asset},{' '}
            <strong>unconverted</strong>: no USD conversion and no wire. Tell whoever sends to this address to stop first.
          </p>
          <p>Redemptions already started by this rule continue to their end.</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
