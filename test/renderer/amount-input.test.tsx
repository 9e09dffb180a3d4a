// The amount field: text in, text out, never a number; refuses what would change the amount.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { AmountInput } from '../../renderer/src/components/AmountInput';
import {
  applyPaste,
  checkTypedAmount,
  cleanPastedAmount,
  maxAmountText,
} from '../../renderer/src/model/amount-text';

afterEach(cleanup);

function Harness({
  asset = 'USDC',
  available,
  initial = '',
}: {
  asset?: string;
  available?: string;
  initial?: string;
}) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <AmountInput
        id="amount"
        label="Amount"
        asset={asset}
        value={value}
        onChange={setValue}
        available={available}
      />
      <output data-testid="value">{value}</output>
    </>
  );
}

const field = () => screen.getByLabelText('Amount') as HTMLInputElement;
const value = () => screen.getByTestId('value').textContent;

describe('amount text rules', () => {
  it('accepts partial decimals and refuses anything else', () => {
    expect(checkTypedAmount('', 'USDC')).toEqual({ ok: true, text: '' });
    expect(checkTypedAmount('12.', 'USDC')).toEqual({ ok: true, text: '12.' });
    expect(checkTypedAmount('12345678901234.123456', 'USDC')).toEqual({
      ok: true,
      text: '12345678901234.123456',
    });
    expect(checkTypedAmount('1.2.3', 'USDC').ok).toBe(false);
    expect(checkTypedAmount('1e5', 'USDC').ok).toBe(false);
    expect(checkTypedAmount('-5', 'USDC').ok).toBe(false);
    expect(checkTypedAmount('1.1234567', 'USDC')).toEqual({
      ok: false,
      reason: 'USDC allows at most 6 decimal places.',
    });
    expect(checkTypedAmount('10.123', 'USD')).toEqual({
      ok: false,
      reason: 'USD allows at most 2 decimal places.',
    });
  });

  it('cleans pasted text only when the meaning is unambiguous', () => {
    expect(cleanPastedAmount(' 1,234,567.89 ')).toEqual({ ok: true, text: '1234567.89' });
    expect(cleanPastedAmount('1,5').ok).toBe(false);
    expect(cleanPastedAmount('12,34.5').ok).toBe(false);
    expect(applyPaste('100', '25', { start: 1, end: 2 }, 'USDC')).toEqual({
      ok: true,
      text: '1250',
    });
    expect(applyPaste('1.5', '.5', { start: 3, end: 3 }, 'USDC').ok).toBe(false);
  });

  it('gives Max the exact balance, dropping only zeros the asset cannot hold', () => {
    expect(maxAmountText('250000.123456', 'USDC')).toEqual({ ok: true, text: '250000.123456' });
    expect(maxAmountText('100.50000000', 'USDC')).toEqual({ ok: true, text: '100.500000' });
    expect(maxAmountText('7.000000000', 'USDC')).toEqual({ ok: true, text: '7.000000' });
    expect(maxAmountText('1.1234567', 'USDC').ok).toBe(false);
  });
});

describe('<AmountInput>', () => {
  it('keeps a large amount with full precision, digit for digit', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(field(), '12345678901234.123456');
    expect(field().value).toBe('12345678901234.123456');
    expect(value()).toBe('12345678901234.123456');
    expect(field().getAttribute('inputmode')).toBe('decimal');
    expect(field().type).toBe('text');
  });

  it('refuses letters, a second dot and decimals beyond the asset, saying why', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(field(), '12a');
    expect(value()).toBe('12');
    expect(screen.getByText(/digits and at most one dot/)).toBeTruthy();
    await user.type(field(), '.5.');
    expect(value()).toBe('12.5');
    await user.type(field(), '000009');
    expect(value()).toBe('12.500000');
    expect(screen.getByText('USDC allows at most 6 decimal places.')).toBeTruthy();
    expect(field().getAttribute('aria-invalid')).toBe('true');
  });

  it('applies the precision of the asset in use', async () => {
    const user = userEvent.setup();
    render(<Harness asset="USD" />);
    await user.type(field(), '10.129');
    expect(value()).toBe('10.12');
  });

  it('fills Max with the exact available string and shows the balance', async () => {
    const user = userEvent.setup();
    render(<Harness available="12345678901234.123456" />);
    expect(screen.getByTestId('available-balance').textContent).toContain(
      '12,345,678,901,234.123456 USDC',
    );
    await user.click(screen.getByRole('button', { name: 'Max' }));
    expect(value()).toBe('12345678901234.123456');
  });

  it('refuses Max when the balance has more precision than the asset, rather than rounding', async () => {
    const user = userEvent.setup();
    render(<Harness available="5.1234567" />);
    await user.click(screen.getByRole('button', { name: 'Max' }));
    expect(value()).toBe('');
    expect(screen.getByText(/more than 6 decimal places/)).toBeTruthy();
  });

  it('disables Max on a zero balance', () => {
    render(<Harness available="0.000000" />);
    expect((screen.getByRole('button', { name: 'Max' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('cleans a pasted amount with thousands separators and refuses an ambiguous one', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    field().focus();
    await user.paste('1,234,567.89');
    expect(value()).toBe('1234567.89');
    await user.clear(field());
    await user.paste('1,5');
    expect(value()).toBe('');
    expect(screen.getByText(/ambiguous/)).toBeTruthy();
    await user.paste('1.1234567');
    expect(value()).toBe('');
  });
});
