// What the intent store tests share: a redemption to create, and a legal path from queued to
// each state (made with the generic `update`), so every test arranges states the same way.
import type { IntentState } from '../../../../main/desk/store/intents/intent';

export const redemption = (refId: string) => ({
  kind: 'create_orchestration' as const,
  refId,
  payload: {
    source_asset: 'USDG',
    destination_asset: 'USD',
    source_amount: '2500.00',
    source: { profile: { profile_id: 'p-1' } },
    destination: { fiat: { bank_account_id: 'fa-1' } },
  },
});

export const pathTo: Record<IntentState, IntentState[]> = {
  queued: [],
  sending: ['sending'],
  reconciling: ['sending', 'reconciling'],
  submitted: ['sending', 'submitted'],
  completed: ['sending', 'submitted', 'completed'],
  failed: ['sending', 'failed'],
  needs_attention: ['needs_attention'],
  cancelled: ['cancelled'],
  abandoned: ['needs_attention', 'abandoned'],
};
