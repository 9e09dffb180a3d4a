// A realistic orchestration as Paxos returns it (section 6.2 of paxos-api.md), ~800 bytes.
export function orchestration(
  i: number,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> & { id: string } {
  const id = `0f7a${i.toString(16).padStart(8, '0')}-5b1c-4d2e-9f00-${i.toString(16).padStart(12, '0')}`;
  const createdAt = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
  return {
    id,
    profile_id: 'a1b2c3d4-0000-4000-8000-000000000001',
    ref_id: `desk-${i}`,
    source_asset: 'USDG',
    destination_asset: 'USD',
    source_amount: `${1000 + i}.25`,
    source_transfer: {
      transfer_id: `7c9e6679-7425-40de-944b-${i.toString(16).padStart(12, '0')}`,
      status: 'COMPLETED',
    },
    destination_transfer: {
      transfer_id: `8d0f7780-8536-41ef-a55c-${i.toString(16).padStart(12, '0')}`,
      status: 'PROCESSING',
    },
    status: 'PROCESSING',
    source: { profile: { profile_id: 'a1b2c3d4-0000-4000-8000-000000000001' } },
    destination: {
      fiat: { bank_account_id: 'b7e1c2d3-1111-4111-8111-000000000002', memo: `wire ${i}` },
    },
    created_at: createdAt,
    updated_at: createdAt,
    metadata: { desk_operator: 'treasury-ops', desk_batch: `batch-${Math.floor(i / 100)}` },
    ...overrides,
  };
}
