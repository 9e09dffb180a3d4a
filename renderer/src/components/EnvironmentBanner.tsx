// A full-width band whose colour, wording and icon differ per environment, so Demo, Sandbox
// and Production cannot be mistaken for each other at a glance (or in a screenshot).
import type { EnvironmentKind } from '../../../shared/environment';

const bannerText: Record<EnvironmentKind, { badge: string; text: string }> = {
  demo: { badge: 'DEMO', text: 'Built-in simulator — nothing here moves real money.' },
  sandbox: { badge: 'SANDBOX', text: 'Paxos Sandbox — test funds only.' },
  production: { badge: 'PRODUCTION', text: 'Paxos Production — real funds and real wires.' },
};

export function EnvironmentBanner({ environment }: { environment: EnvironmentKind }) {
  const { badge, text } = bannerText[environment];
  return (
    <div
      className={`env-banner env-banner--${environment}`}
      role="status"
      aria-label={`Environment: ${badge}`}
    >
      <span className="env-banner__badge">{badge}</span>
      <span className="env-banner__text">{text}</span>
    </div>
  );
}
