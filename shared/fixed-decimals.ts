// Amounts in statements (the CSV, the detail drawer, the monthly statement) are written with the
// asset's fixed decimals (shared/assets.ts): "40000.000000" beside "25000.500000" for USDC,
// "40000.00" for USD, so a column of a spreadsheet lines up and compares as text with a bank's
// statement. Never rounded: an amount with more places than the asset has (an asset the app does
// not know, or an odd answer) is written exactly as Paxos sent it.
import { precisionOf } from './assets';

const PLAIN = /^(-?\d+)(?:\.(\d+))?$/;

export function fixedDecimals(value: string | undefined, asset: string | undefined): string {
  if (value === undefined || value === '') return '';
  const match = PLAIN.exec(value);
  const places = asset === undefined ? undefined : precisionOf(asset.toUpperCase());
  if (!match || places === undefined) return value;
  const [, whole = '0', fraction = ''] = match;
  if (fraction.length > places) return value;
  return places === 0 ? whole : `${whole}.${fraction.padEnd(places, '0')}`;
}
