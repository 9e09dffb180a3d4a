// Over a soft limit the operator types the amount a second time: a slip of the finger (an
// extra zero) then has to happen twice, identically, to go through.
import { amountsEqual, isDecimalString } from '../../../../shared/money';
import { AmountInput } from '../../components/AmountInput';

export function retypeMatches(amount: string, retyped: string): boolean {
  return isDecimalString(retyped) && isDecimalString(amount) && amountsEqual(amount, retyped);
}

interface RetypeAmountProps {
  amount: string;
  asset: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

export function RetypeAmount({ amount, asset, value, onChange, error }: RetypeAmountProps) {
  const mismatch = value !== '' && !retypeMatches(amount, value);
  return (
    <AmountInput
      id="f-retypedAmount"
      label="Type the amount again to confirm"
      asset={asset}
      value={value}
      onChange={onChange}
      error={error ?? (mismatch ? 'This does not match the amount under review.' : undefined)}
      hint="Required because this redemption is over a soft limit set in Settings."
    />
  );
}
