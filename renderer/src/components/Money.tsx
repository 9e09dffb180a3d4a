// An amount with its asset code and thousands separators, every digit kept (never rounded).
import { formatAmountSafe } from '../format/amount';

export function Money({ value, asset }: { value: string | undefined; asset?: string }) {
  return <span className="num">{formatAmountSafe(value, asset)}</span>;
}
