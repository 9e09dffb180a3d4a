// One line for a Paxos mailing address in a detail view.
export function addressText(value: unknown): string {
  if (!value || typeof value !== 'object') return '—';
  const a = value as Record<string, unknown>;
  const parts = ['address1', 'address2', 'city', 'province', 'zip_code', 'country']
    .map((k) => a[k])
    .filter((v) => typeof v === 'string' && v);
  return parts.length > 0 ? parts.join(', ') : '—';
}
