// The one way to type an amount: text (never a number, so nothing is lost to floating point),
// digits and one dot only, no more decimals than the asset allows. An edit that breaks those
// rules is refused and the field keeps what it had, with the reason shown below it.
import { useState, type ClipboardEvent } from 'react';
import { applyPaste, checkTypedAmount, maxAmountText } from '../model/amount-text';
import { formatAmountSafe } from '../format/amount';
import { Field, fieldA11y } from './Field';

interface AmountInputProps {
  id: string;
  label: string;
  asset: string;
  value: string;
  onChange: (value: string) => void;
  /** Available balance, exactly as Paxos sent it; enables "Max". */
  available?: string;
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
  const [refusal, setRefusal] = useState<string | null>(null);
  const message = refusal ?? error;

  const accept = (next: string) => {
    const check = checkTypedAmount(next, asset);
    if (!check.ok) return setRefusal(check.reason);
    setRefusal(null);
    onChange(check.text);
  };

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    event.preventDefault();
    const input = event.currentTarget;
    const selection = {
      start: input.selectionStart ?? value.length,
      end: input.selectionEnd ?? value.length,
    };
    const check = applyPaste(value, event.clipboardData.getData('text'), selection, asset);
    if (!check.ok) return setRefusal(check.reason);
    setRefusal(null);
    onChange(check.text);
  };

  const onMax = () => {
    if (available === undefined) return;
    const check = maxAmountText(available, asset);
    if (!check.ok) return setRefusal(check.reason);
    setRefusal(null);
    onChange(check.text);
  };

  const availableId = `${id}-available`;
  const a11y = fieldA11y(id, message, hint);
  const describedBy = [a11y['aria-describedby'], available !== undefined ? availableId : null]
    .filter(Boolean)
    .join(' ');
  return (
    <Field id={id} label={label} error={message} hint={hint}>
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
          onChange={(e) => accept(e.target.value)}
          onPaste={onPaste}
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
      {available !== undefined ? (
        <p id={availableId} className="field__hint" data-testid="available-balance">
          Available: <span className="num">{formatAmountSafe(available, asset)}</span>
        </p>
      ) : null}
    </Field>
  );
}
