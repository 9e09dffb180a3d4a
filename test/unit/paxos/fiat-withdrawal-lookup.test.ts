// Finding a wire out again by its ref_id asks List Transfers only what the 2026-07 document
// allows: `profile_ids`, `ref_ids` and `ids` "can be combined with created_at.* or updated_at.*
// filtering options only", so no query of the lookup pairs one of them with another filter (a
// Paxos that enforces it answers 400, and the lookup could never conclude).
import { describe, expect, it } from 'vitest';
import { fiatWithdrawalsApi } from '../../../main/paxos/fiat-withdrawals';
import type { ApiExecutor } from '../../../main/paxos/request-executor';

const ONLY_WITH_TIMESTAMPS = ['profile_ids', 'ref_ids', 'ids', 'identity_ids', 'account_ids'];

describe('the wire-out lookup by ref_id', () => {
  it('never combines a filter the document says combines with timestamps only', async () => {
    const queries: Record<string, unknown>[] = [];
    const execute = (async (call: { operation: string; query?: Record<string, unknown> }) => {
      queries.push(call.query ?? {});
      return { status: 200, headers: {}, body: { items: [] } };
    }) as unknown as ApiExecutor;
    const api = fiatWithdrawalsApi(execute);
    expect(await api.findFiatWithdrawalByRefId('td-1', { profileId: 'p-1' })).toBeNull();
    expect(queries.length).toBeGreaterThanOrEqual(2);
    for (const query of queries) {
      const filters = Object.entries(query)
        .filter(([, v]) => v !== undefined)
        .map(([k]) => k)
        .filter((k) => !['limit', 'order', 'order_by', 'page_cursor'].includes(k));
      const restricted = filters.filter((k) => ONLY_WITH_TIMESTAMPS.includes(k));
      if (restricted.length > 0)
        expect(
          filters.filter((k) => !k.startsWith('created_at') && !k.startsWith('updated_at')),
        ).toEqual(restricted.slice(0, 1));
    }
  });
});
