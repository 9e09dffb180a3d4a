// Amount display for views. Paxos values are decimal strings; a value that is not one (an open
// API can surprise us) is shown exactly as received rather than crashing the screen.
import { formatAmount, isDecimalString } from '../../../shared/money';

export function formatAmountSafe(value: string | undefined, asset?: string): string {
  if (value === undefined || value === '') return '—';
  if (!isDecimalString(value)) return asset ? `${value} ${asset}` : value;
  return formatAmount(value, asset);
}
