// Sandbox or Production, as a labelled radio group. Production says plainly that it is real.
import type { ChangeEvent } from 'react';

export type RemoteEnvironment = 'sandbox' | 'production';

export function EnvironmentChoice({
  value,
  onChange,
}: {
  value: RemoteEnvironment;
  onChange: (value: RemoteEnvironment) => void;
}) {
  const pick = (e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value as RemoteEnvironment);
  return (
    <fieldset className="choice-group">
      <legend>Paxos environment</legend>
      <label className="choice">
        <input
          type="radio"
          name="paxos-environment"
          value="sandbox"
          checked={value === 'sandbox'}
          onChange={pick}
        />
        Sandbox <span className="muted">— test funds, for trying things out</span>
      </label>
      <label className="choice">
        <input
          type="radio"
          name="paxos-environment"
          value="production"
          checked={value === 'production'}
          onChange={pick}
        />
        Production <span className="muted">— real funds and real wires</span>
      </label>
      {value === 'production' ? (
        <p className="warning-box" role="note">
          Production moves real money. Use credentials of an API client created for this desk in the
          Paxos Dashboard.
        </p>
      ) : null}
    </fieldset>
  );
}
