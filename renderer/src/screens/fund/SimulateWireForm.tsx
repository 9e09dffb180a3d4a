// Sandbox and Demo only: Paxos's sandbox sends a made-up wire quoting this profile's memo, to
// watch a wire arrive, be matched and credited, without real money.
import { useState, type FormEvent } from 'react';
import type { RoutingType } from '../../../../shared/money-in';
import { call } from '../../bridge/treasury';
import { AmountInput } from '../../components/AmountInput';
import { ErrorNotice } from '../../components/ErrorNotice';
import { fieldErrorsOf } from '../../errors/field-errors';
import { useBridgeAction } from '../../hooks/useBridgeAction';
import { useDraft } from '../../store/draft-store';

export function SimulateWireForm({
  profileId,
  routingType,
}: {
  profileId: string;
  routingType: RoutingType;
}) {
  const [amount, setAmount] = useDraft(`fund.simulate.${profileId}`, () => '');
  const [done, setDone] = useState<string | null>(null);
  const simulate = useBridgeAction(() =>
    call('simulateIncomingWire', { profileId, routingType, amount }),
  );
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (await simulate.run()) setDone(amount);
  };
  return (
    <form
      className="form form--inline"
      aria-label="Simulate an incoming wire"
      onSubmit={(e) => void onSubmit(e)}
    >
      <AmountInput
        id="f-simulate-wire"
        label="Simulated wire (USD)"
        asset="USD"
        value={amount}
        onChange={setAmount}
        error={fieldErrorsOf(simulate.error).amount}
      />
      <button type="submit" disabled={simulate.pending || !amount}>
        Simulate an incoming wire
      </button>
      {done ? (
        <p role="status" className="muted">
          The sandbox sent a wire of {done} USD quoting this memo. It appears below as Paxos reports
          it (wires move on Fed business days only).
        </p>
      ) : null}
      {simulate.error ? <ErrorNotice error={simulate.error} /> : null}
    </form>
  );
}
