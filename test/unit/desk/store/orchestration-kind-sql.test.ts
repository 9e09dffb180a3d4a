// The kind filter's SQL reads the record as orchestrationKind does: for each shape, the row the
// SQL puts under a kind is the one orchestrationKind names so.
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { KIND_SQL } from '../../../../main/desk/store/cache/orchestration-kind-sql';
import { orchestrationKind } from '../../../../shared/paxos/orchestration-kind';

const shapes: Record<string, unknown>[] = [
  {
    source_asset: 'USDC',
    destination_asset: 'USD',
    destination: { fiat: { fiat_account_id: 'f' } },
  },
  { source_asset: 'USDC', destination_asset: 'USD', destination: { profile: { profile_id: 'p' } } },
  { source_asset: 'USDC', destination_asset: 'USD' },
  { source_asset: 'usd', destination_asset: 'USDG' },
  { source_asset: 'USDC', destination_asset: 'USDG', destination: { profile: {} } },
  { source_asset: 'USDC', destination_asset: 'USDC', destination: { crypto: { address: 'x' } } },
  { source_asset: 'USD', destination_asset: 'usd' },
  { source_asset: 'USDC' },
  { destination_asset: 'USD' },
  { source_asset: '', destination_asset: 'USD' },
  {},
];

describe('KIND_SQL', () => {
  it('agrees with orchestrationKind on every shape', () => {
    const db = new DatabaseSync(':memory:');
    const kindOf = db.prepare(`SELECT ${KIND_SQL} AS kind FROM (SELECT ? AS record) r`);
    for (const shape of shapes) {
      const { kind } = kindOf.get(JSON.stringify(shape)) as { kind: string };
      expect(kind, JSON.stringify(shape)).toBe(orchestrationKind(shape as never));
    }
    db.close();
  });
});
