// How a bank account is described in lists, pickers and the detail drawer.
import type { FiatAccountView } from '../../../shared/views';

/** "ABA 021000021" / "SWIFT DEUTDEFF": the routing the bank sees, never a raw network code. */
export function routingText(
  account: Pick<FiatAccountView, 'routingType' | 'routingNumber' | 'network'>,
): string {
  if (account.routingType)
    return `${account.routingType.toUpperCase() === 'SWIFT' ? 'SWIFT' : account.routingType.toUpperCase()} ${account.routingNumber ?? ''}`.trim();
  return account.network.toLowerCase() === 'wire' ? 'Wire' : account.network;
}

/**
 * The reason Paxos gives for a rejection, when it gives one. The documented account object has
 * no such field; these are the places a reason would be (checked in order), so one that Paxos
 * (or a future API version) sends is shown rather than dropped.
 */
export function rejectionReason(details: Record<string, unknown> | undefined): string | undefined {
  if (!details) return undefined;
  for (const key of ['rejection_reason', 'status_reason', 'reason']) {
    const value = details[key];
    if (typeof value === 'string' && value.trim()) return value.trim().slice(0, 300);
  }
  const detail = (details.status_details ?? details.fail_reason) as
    Record<string, unknown> | undefined;
  return typeof detail?.detail === 'string' && detail.detail.trim()
    ? detail.detail.trim().slice(0, 300)
    : undefined;
}

/** A picker entry that tells two accounts apart even when their labels match. */
export function accountChoiceLabel(account: FiatAccountView, all: FiatAccountView[]): string {
  const base = `${account.label} — ${account.bankName ?? 'bank'} (${account.accountNumberMasked})`;
  const twins = all.filter(
    (a) => `${a.label} — ${a.bankName ?? 'bank'} (${a.accountNumberMasked})` === base,
  );
  if (twins.length < 2) return base;
  const routing = routingText(account);
  const sameRouting = twins.filter((a) => routingText(a) === routing).length > 1;
  return sameRouting
    ? `${base} · ${routing} · added ${account.createdAt?.slice(0, 10) ?? 'date unknown'} · id …${account.id.slice(-6)}`
    : `${base} · ${routing}`;
}
