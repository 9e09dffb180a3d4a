// Switching environment is deliberate: the dialog names the target, says what changes, and for
// Production asks the operator to acknowledge that real money moves there.
import { useState } from 'react';
import { environmentLabels, type EnvironmentKind } from '../../../../shared/environment';
import { call } from '../../bridge/treasury';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useBridgeAction } from '../../hooks/useBridgeAction';
import { useAppStore } from '../../store/app-store';

interface SwitchEnvironmentDialogProps {
  target: EnvironmentKind;
  onClose: () => void;
}

export function SwitchEnvironmentDialog({ target, onClose }: SwitchEnvironmentDialogProps) {
  const applySnapshot = useAppStore((s) => s.applySnapshot);
  const current = useAppStore((s) => s.state?.environment ?? 'demo');
  const [acknowledged, setAcknowledged] = useState(false);
  const switcher = useBridgeAction(() => call('switchEnvironment', { environment: target }));
  const production = target === 'production';

  const confirm = async () => {
    const snapshot = await switcher.run();
    if (!snapshot) return;
    applySnapshot(snapshot);
    onClose();
  };

  return (
    <ConfirmDialog
      title={`Switch to ${environmentLabels[target]}?`}
      confirmLabel={`Switch to ${target === 'demo' ? 'Demo' : production ? 'Production' : 'Sandbox'}`}
      tone={production ? 'danger' : 'normal'}
      canConfirm={!production || acknowledged}
      onConfirm={() => void confirm()}
      onCancel={onClose}
      pending={switcher.pending}
      error={switcher.error}
    >
      <p>
        You are in <strong>{environmentLabels[current]}</strong>. After switching, every screen
        shows {environmentLabels[target]}: its balances, bank accounts, rules and activity. Requests
        queued in the current environment stay there, unsent, until you switch back.
      </p>
      {production ? (
        <>
          <p className="warning-box">
            <strong>Production moves real money.</strong> Redemptions debit real stablecoin balances
            and send real wires.
          </p>
          <label className="choice">
            <input
              type="checkbox"
              checked={acknowledged}
              onChange={(e) => setAcknowledged(e.target.checked)}
            />
            I understand that actions in Production move real money
          </label>
        </>
      ) : null}
    </ConfirmDialog>
  );
}
