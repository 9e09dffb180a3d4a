// Which Paxos the desk talks to, and the explicit way to change it.
import { useState } from 'react';
import {
  environmentKinds,
  environmentLabels,
  type EnvironmentKind,
} from '../../../../shared/environment';
import { Section } from '../../components/Section';
import { useEnvironment } from '../../store/selectors';
import { SwitchEnvironmentDialog } from './SwitchEnvironmentDialog';

const names: Record<EnvironmentKind, string> = {
  demo: 'Demo',
  sandbox: 'Sandbox',
  production: 'Production',
};

export function EnvironmentSection({
  requested,
  onRequestHandled,
}: {
  requested?: EnvironmentKind | null;
  onRequestHandled?: () => void;
}) {
  const environment = useEnvironment();
  const [target, setTarget] = useState<EnvironmentKind | null>(null);
  const open = target ?? requested ?? null;
  const close = () => {
    setTarget(null);
    onRequestHandled?.();
  };
  return (
    <Section title="Environment" testId="settings-environment">
      <p>
        Now using{' '}
        <strong data-testid="current-environment">{environmentLabels[environment]}</strong>.
      </p>
      <div className="form__actions">
        {environmentKinds
          .filter((k) => k !== environment)
          .map((k) => (
            <button
              key={k}
              type="button"
              className={k === 'production' ? 'button--danger-outline' : undefined}
              onClick={() => setTarget(k)}
            >
              Switch to {names[k]}…
            </button>
          ))}
      </div>
      {open && open !== environment ? (
        <SwitchEnvironmentDialog target={open} onClose={close} />
      ) : null}
    </Section>
  );
}
