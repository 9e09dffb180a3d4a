// USD amounts as an operator reads them on a wire: "$250,000.00". Never rounded.
import { formatAmount, isDecimalString } from '../../../shared/money';

export function formatUsd(value: string | undefined): string {
  if (value === undefined || value === '' || !isDecimalString(value)) return '—';
  return `$${formatAmount(value)}`;
}
