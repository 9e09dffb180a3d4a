// The memo a wire carries to the beneficiary's bank (redeem, wire out): optional, and limited to
// what Fedwire passes through, which main checks again.
import { TextField } from '../Field';

export function WireMemoField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (memo: string) => void;
  error: string | undefined;
}) {
  return (
    <TextField
      path="memo"
      label="Memo for the wire"
      optional
      value={value}
      onChange={onChange}
      error={error}
      maxLength={100}
      hint="Up to 100 characters: letters, digits, spaces and / ? : ( ) . , & ' + -"
    />
  );
}
