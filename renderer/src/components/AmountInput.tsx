// The one way to type an amount. The field keeps exactly what the operator typed or pasted —
// no keystroke is dropped, nothing is rewritten — and the one parser (shared/amount-parse.ts)
// reads it: below the field either what amount it will be ("Read as 150,000.00 USDC", when the
// text is written differently) or, in a live region and until the text is fixed, why it cannot
// be used. The form owning the field refuses to go on while it is refused (it reads the same
// text with the same parser).
import { useState } from 'react';
import { parseAmountText } from '../../../shared/amount-parse';
import { formatAmountSafe } from '../format/amount';
import { maxAmountText } from '../model/amount-text';
import { Field, fieldA11y } from './Field';

interface AmountInputProps {
  id: string;
  label: string;
  asset: string;
  /** The text as typed, never a number. */
  value: string;
  onChange: (value: string) => void;
  /** Available balance, exactly as Paxos sent it; enables "Max". */
  available?: string;
  /** The form's own message (e.g. "Enter the amount to redeem."), shown when the text reads. */
  error?: string;
  hint?: string;
  disabled?: boolean;
  /** Show the asset code after the field (not for USD limits labelled in USD already). */
  showAsset?: boolean;
}

export function AmountInput({
  id,
  label,
  asset,
  value,
  onChange,
  available,
  error,
  hint,
  disabled,
  showAsset = true,
}: AmountInputProps) {
  const [maxRefusal, setMaxRefusal] = useState<string | null>(null);
  const reading = parseAmountText(value, asset);
  const refusal = !reading.ok && reading.code !== 'empty' ? reading.message : undefined;
  const message = maxRefusal ?? refusal ?? error;
  const readAs =
    reading.ok && reading.amount !== value.trim() && !message
      ? `Read as ${formatAmountSafe(reading.amount, asset)}`
      : undefined;

  const type = (next: string) => {
    setMaxRefusal(null);
    onChange(next);
  };

  const onMax = () => {
    if (available === undefined) return;
    const check = maxAmountText(available, asset);
    if (!check.ok) return setMaxRefusal(check.reason);
    setMaxRefusal(null);
    onChange(check.text);
  };

  const availableId = `${id}-available`;
  const readId = `${id}-reading`;
  const a11y = fieldA11y(id, message, hint);
  const describedBy = [
    a11y['aria-describedby'],
    readAs ? readId : null,
    available !== undefined ? availableId : null,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <Field id={id} label={label} error={message} hint={hint} liveError>
      <div className="amount-input">
        <input
          {...a11y}
          aria-describedby={describedBy || undefined}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          className="num"
          value={value}
          disabled={disabled}
          onChange={(e) => type(e.target.value)}
        />
        {showAsset ? <span className="amount-input__asset">{asset}</span> : null}
        {available !== undefined ? (
          <button
            type="button"
            className="button--small"
            onClick={onMax}
            disabled={disabled || !/[1-9]/.test(available)}
          >
            Max
          </button>
        ) : null}
      </div>
      {readAs ? (
        <p id={readId} className="field__hint" data-testid="amount-reading">
          {readAs}
        </p>
      ) : null}
      {available !== undefined ? (
        <p id={availableId} className="field__hint" data-testid="available-balance">
          Available: <span className="num">{formatAmountSafe(available, asset)}</span>
        </p>
      ) : null}
    </Field>
  );
}
