// What this credential lets Treasury Desk do: each capability on, or off with the reason main
// gave (a scope Paxos refused or the credential lacks), so an unavailable screen is explained.
// Where Paxos cannot say which scopes a credential holds, the operator chooses which
// capabilities to ask for (`chosen`): the desk then requests only their scopes, so a credential
// made for redemptions alone never fails its token request over a scope it was not given.
import type { CapabilityStatus } from '../../../../shared/state';

export function CapabilityList({
  capabilities,
  chosen,
  onChoose,
  pending = false,
}: {
  capabilities: readonly CapabilityStatus[];
  /** The operator's choice (Settings); with `onChoose`, each capability gets a checkbox. */
  chosen?: readonly string[];
  onChoose?: (next: string[]) => void;
  pending?: boolean;
}) {
  if (capabilities.length === 0) return null;
  const toggle = (name: string, on: boolean) => {
    const current = chosen ?? capabilities.map((c) => c.name);
    onChoose?.(on ? [...new Set([...current, name])] : current.filter((n) => n !== name));
  };
  return (
    <ul className="capabilities" data-testid="credential-capabilities">
      {capabilities.map((c) => (
        <li key={c.name} data-testid={`capability-${c.name}`}>
          {onChoose ? (
            <label>
              <input
                type="checkbox"
                checked={chosen?.includes(c.name) ?? true}
                disabled={pending}
                onChange={(e) => toggle(c.name, e.target.checked)}
              />{' '}
              <strong>{c.label}</strong>
            </label>
          ) : (
            <strong>{c.label}</strong>
          )}
          : {c.on ? 'available' : `unavailable — ${c.reason ?? ''}`}
        </li>
      ))}
    </ul>
  );
}
