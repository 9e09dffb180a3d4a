// Where a redemption's dollars go: wired to a bank account (they leave Paxos, counted in the
// daily wire limit), or kept as USD in a profile (they stay inside Paxos, counted with the
// conversions) for a desk that wires later or in pieces.
import type { ChangeEvent } from 'react';

export type RedeemDestination = 'bank' | 'profile';

export function RedeemDestinationChoice({
  value,
  onChange,
}: {
  value: RedeemDestination;
  onChange: (value: RedeemDestination) => void;
}) {
  const pick = (e: ChangeEvent<HTMLInputElement>) =>
    onChange(e.target.value === 'profile' ? 'profile' : 'bank');
  return (
    <fieldset className="choice-group redeem-destination">
      <legend>Send the dollars to</legend>
      <label className="choice">
        <input
          type="radio"
          name="redeem-destination"
          value="bank"
          checked={value === 'bank'}
          onChange={pick}
        />
        A bank account <span className="muted">— a wire out of Paxos</span>
      </label>
      <label className="choice">
        <input
          type="radio"
          name="redeem-destination"
          value="profile"
          checked={value === 'profile'}
          onChange={pick}
        />
        Keep as USD in a profile <span className="muted">— stays inside Paxos, wire it later</span>
      </label>
    </fieldset>
  );
}
