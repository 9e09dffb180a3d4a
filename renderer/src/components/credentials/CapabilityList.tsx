// What this credential lets Treasury Desk do: each capability on, or off with the reason main
// gave (a scope Paxos refused or the credential lacks), so an unavailable screen is explained.
import type { CapabilityStatus } from '../../../../shared/state';

export function CapabilityList({ capabilities }: { capabilities: readonly CapabilityStatus[] }) {
  if (capabilities.length === 0) return null;
  return (
    <ul className="capabilities" data-testid="credential-capabilities">
      {capabilities.map((c) => (
        <li key={c.name} data-testid={`capability-${c.name}`}>
          <strong>{c.label}</strong>: {c.on ? 'available' : `unavailable — ${c.reason ?? ''}`}
        </li>
      ))}
    </ul>
  );
}
