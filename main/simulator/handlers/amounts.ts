// Amount checks with Paxos-style problems: 400 "invalid amount '-10': must be positive decimal",
// and the exceed-precision problem for too many decimal places.
import { ASSET_PRECISION, isAsset } from '../../../shared/assets';
import { compareAmounts } from '../../../shared/money';
import { badRequest, exceedPrecision } from '../problems';

export function checkSourceAmount(amount: string, asset: string, field: string): string {
  const match = /^\d+(?:\.(\d+))?$/.exec(amount);
  if (!match || compareAmounts(amount, '0') <= 0)
    throw badRequest(`invalid amount '${amount}': must be positive decimal`, field);
  const places = isAsset(asset) ? ASSET_PRECISION[asset] : 18;
  if ((match[1] ?? '').length > places) throw exceedPrecision(asset, places, field);
  return amount;
}
