// The amount field keeps exactly what was typed or pasted, never drops or rewrites a keystroke,
// and says in place — in a live region, for as long as the text stays wrong — why it cannot be
// used; once fixed, the message goes. Max and the precision of the asset in use.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { AmountInput } from '../../renderer/src/components/AmountInput';
import { maxAmountText } from '../../renderer/src/model/amount-text';

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
/** The refusal under the field, as the screen reader gets it: referenced by the field, role=alert. */
function refusal(): string | null {
  const message = document.getElementById('amount-error');
  if (!message) return null;
  expect(message.getAttribute('role')).toBe('alert');
  expect(field().getAttribute('aria-describedby')).toContain('amount-error');
  expect(field().getAttribute('aria-invalid')).toBe('true');
  return message.textContent;
}
const reading = () => screen.queryByTestId('amount-reading')?.textContent ?? null;

/** Types `text` one key at a time, checking after each key that the field holds every key so far. */
async function typeCharByChar(user: ReturnType<typeof userEvent.setup>, text: string) {
  for (let i = 1; i <= text.length; i += 1) {
    await user.type(field(), text.slice(i - 1, i));
    expect(field().value).toBe(text.slice(0, i));
    expect(value()).toBe(text.slice(0, i));
  }
}

describe('<AmountInput>: typed', () => {
  // Each text, why it is refused, and what the operator types next while the reason stays.
  it.each([
    [
      '1.250,50',
      /looks like a European format: use a dot for decimals and commas only between thousands/,
      '0',
      '1.250,500',
    ],
    ['1e6', /exponent: type every digit/, '0', '1e60'],
    ['-5', /cannot be negative/, '0', '-50'],
    ['1,50,000', /commas go only between groups of three digits/, '0', '1,50,0000'],
    // Another digit at the end would make "12,500", a thousands grouping; one in front keeps it ambiguous.
    ['12,50', /ambiguous/, '{Home}1', '112,50'],
    ['12a', /“a” cannot be part of an amount/, '0', '12a0'],
    ['1.2.3', /Only one dot/, '0', '1.2.30'],
    ['1.1234567', /USDC allows at most 6 decimal places/, '0', '1.12345670'],
    ['0', /more than zero/, '0', '00'],
    ['150 000', /Spaces are allowed only before or after/, '0', '150 0000'],
  ])(
    'keeps "%s" as typed, says why it cannot be used, and keeps saying it',
    async (typed, why, more, after) => {
      const user = userEvent.setup();
      render(<Harness />);
      await typeCharByChar(user, typed);
      expect(refusal()).toMatch(why);
      // The operator keeps typing: nothing is dropped and the reason stays in place.
      await user.type(field(), more);
      expect(field().value).toBe(after);
      expect(refusal()).toMatch(why);
      expect(reading()).toBeNull();
    },
  );

  it('takes away the reason once the text is fixed', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await typeCharByChar(user, '1.250,50');
    expect(refusal()).toMatch(/European/);
    await user.clear(field());
    expect(refusal()).toBeNull();
    await typeCharByChar(user, '1,250.50');
    expect(refusal()).toBeNull();
    expect(field().getAttribute('aria-invalid')).toBeNull();
    expect(reading()).toBe('Read as 1,250.50 USDC');
  });

  it('fixes "-5" by deleting the minus, and "1e6" by typing every digit', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await typeCharByChar(user, '-5');
    await user.type(field(), '{Home}{Delete}');
    expect(field().value).toBe('5');
    expect(refusal()).toBeNull();
    await user.clear(field());
    await typeCharByChar(user, '1e6');
    expect(refusal()).toMatch(/exponent/);
    await user.type(field(), '{Backspace}{Backspace}000000');
    expect(field().value).toBe('1000000');
    expect(refusal()).toBeNull();
  });

  it('keeps a large amount with full precision, digit for digit, as text', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await typeCharByChar(user, '12345678901234.123456');
    expect(refusal()).toBeNull();
    expect(field().getAttribute('inputmode')).toBe('decimal');
    expect(field().type).toBe('text');
  });

  it('applies the precision of the asset in use', async () => {
    const user = userEvent.setup();
    render(<Harness asset="USD" />);
    await typeCharByChar(user, '10.129');
    expect(refusal()).toMatch(/USD allows at most 2 decimal places \(a wire moves whole cents\)/);
  });

  it('reads "1,250" as one thousand two hundred fifty, and says so', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await typeCharByChar(user, '1,250');
    expect(refusal()).toBeNull();
    expect(reading()).toBe('Read as 1,250.00 USDC');
  });

  it('does not call an empty field wrong while it is being cleared', async () => {
    const user = userEvent.setup();
    render(<Harness initial="12" />);
    await user.clear(field());
    expect(refusal()).toBeNull();
  });
});

describe('<AmountInput>: pasted', () => {
  it.each([
    ['USDC', '$150,000.00', 'Read as 150,000.00 USDC'],
    ['USDC', '150,000.00', 'Read as 150,000.00 USDC'],
    ['USDC', ' 150,000 ', 'Read as 150,000.00 USDC'],
    ['USDC', '150,000.00 USDC', 'Read as 150,000.00 USDC'],
    ['USD', 'USD 150,000.00', 'Read as 150,000.00 USD'],
  ])('in %s, shows "%s" exactly as pasted and reads it', async (asset, pasted, read) => {
    const user = userEvent.setup();
    render(<Harness asset={asset} />);
    field().focus();
    await user.paste(pasted);
    expect(field().value).toBe(pasted);
    expect(value()).toBe(pasted);
    expect(refusal()).toBeNull();
    expect(reading()).toBe(read);
  });

  it('shows "150000" as pasted, with nothing to explain', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    field().focus();
    await user.paste('150000');
    expect(field().value).toBe('150000');
    expect(refusal()).toBeNull();
    expect(reading()).toBeNull();
  });

  it.each([
    ['1.250,50', /European format/],
    ['150,000.00 USD', /says USD, but this field is in USDC/],
    ['1,5', /ambiguous/],
    ['1.1234567', /at most 6 decimal places/],
  ])(
    'keeps a refused paste "%s" in the field, with the reason until it is fixed',
    async (pasted, why) => {
      const user = userEvent.setup();
      render(<Harness />);
      field().focus();
      await user.paste(pasted);
      expect(field().value).toBe(pasted);
      expect(refusal()).toMatch(why);
      await user.type(field(), '{Home}9');
      expect(field().value).toBe(`9${pasted}`);
      expect(refusal()).toMatch(why);
      await user.clear(field());
      await user.paste('1,250.50');
      expect(refusal()).toBeNull();
    },
  );

  it('inserts a paste where the cursor is, like any text field', async () => {
    const user = userEvent.setup();
    render(<Harness initial="100" />);
    field().focus();
    field().setSelectionRange(1, 2);
    await user.paste('25');
    expect(field().value).toBe('1250');
  });
});

describe('<AmountInput>: Max', () => {
  it('gives Max the exact balance, dropping only zeros the asset cannot hold', () => {
    expect(maxAmountText('250000.123456', 'USDC')).toEqual({ ok: true, text: '250000.123456' });
    expect(maxAmountText('100.50000000', 'USDC')).toEqual({ ok: true, text: '100.500000' });
    expect(maxAmountText('7.000000000', 'USDC')).toEqual({ ok: true, text: '7.000000' });
    expect(maxAmountText('1.1234567', 'USDC').ok).toBe(false);
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
    expect(refusal()).toMatch(/more than 6 decimal places/);
  });

  it('disables Max on a zero balance', () => {
    render(<Harness available="0.000000" />);
    expect((screen.getByRole('button', { name: 'Max' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
