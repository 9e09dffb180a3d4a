// Whether this environment can act on money now, and if not, why, in the operator's words. A
// button that can only fail is not offered: without credentials (not connected), while locked,
// or when the credential lacks the capability (Paxos refused or lacks its scopes; main refuses
// the operation too: main/operator/require-capability.ts). Offline is not in the list: a
// redemption prepared offline is queued, not sent, and that is a feature.
import type { AppState } from '../../../shared/state';

export type MoneyCapability = 'redeem' | 'bankAccounts' | 'rules' | 'wireOut';

export type Availability = { ok: true } | { ok: false; why: string };

export function availability(
  state: Pick<AppState, 'locked' | 'connection' | 'credentials'> | null | undefined,
  capability: MoneyCapability,
): Availability {
  if (!state) return { ok: false, why: 'The desk is still loading.' };
  if (state.locked) return { ok: false, why: 'The desk is locked.' };
  if (state.connection.status === 'not_configured' || !state.credentials.configured)
    return {
      ok: false,
      why: 'Not connected to Paxos: add the API credentials for this environment in Settings.',
    };
  const status = state.credentials.capabilities?.find((c) => c.name === capability);
  if (status && !status.on)
    return {
      ok: false,
      why: `${status.label} are unavailable with this API credential.${status.reason ? ` ${status.reason}` : ''}`,
    };
  return { ok: true };
}
