// Demo only: pretend an external wallet sent funds to the rule's address, to watch the rule
// work end to end without real money.
import { useState, type FormEvent } from 'react';
import { parseAmountText } from '../../../../shared/amount-parse';
import { call } from '../../bridge/treasury';
import { AmountInput } from '../../components/AmountInput';
import { ErrorNotice } from '../../components/ErrorNotice';
import { fieldErrorsOf } from '../../errors/field-errors';
import { formatAmountSafe } from '../../format/amount';
import { useBridgeAction } from '../../hooks/useBridgeAction';
import { useDraft } from '../../store/draft-store';

export function SimulateDepositForm({ ruleId, asset }: { ruleId: string; asset: string }) {
  const [text, setText] = useDraft(`rule.simulate.${ruleId}`, () => '');
  const [done, setDone] = useState<string | null>(null);
  // The same reading the field shows: a text that does not read cannot be sent.
  const reading = parseAmountText(text, asset);
  const simulate = useBridgeAction((amount: string) => call('simulateDeposit', { ruleId, amount }));
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reading.ok) return;
    setDone(null);
    if (await simulate.run(reading.amount)) setDone(reading.amount);
  };
  return (
    <form
      className="form form--inline"
      onSubmit={(e) => void onSubmit(e)}
      aria-label="Simulate a deposit"
    >
      <AmountInput
        id="f-simulate-amount"
        label="Deposit amount (demo)"
        asset={asset}
        value={text}
        onChange={setText}
        error={fieldErrorsOf(simulate.error).amount}
      />
      <button type="submit" disabled={simulate.pending || !reading.ok}>
        Simulate a deposit
      </button>
      {done ? (
        <p role="status" className="muted">
          Simulated a deposit of {formatAmountSafe(done, asset)}. What the rule makes of it (a
          redemption, or for a Convert &amp; Hold rule a mint or a conversion) appears below as
          Paxos reports it.
        </p>
      ) : null}
      {simulate.error ? <ErrorNotice error={simulate.error} /> : null}
    </form>
  );
}
