// An outbox request's one-line summary is read on Overview and in receipts: a network is
// named in words there, never as Paxos's code ("on Ethereum", not "on ETHEREUM").
import { describe, expect, it } from 'vitest';
import type { Intent } from '../../../../main/desk/store/intents/intent';
import { intentView } from '../../../../main/desk/views/intent-view';

const at = '2026-12-01T09:00:00Z';
const ruleIntent = (network: string): Intent => ({
  id: `i-${network}`,
  kind: 'create_rule',
  refId: 'r',
  state: 'queued',
  createdAt: at,
  updatedAt: at,
  attempts: 0,
  payload: {
    profile_id: 'p-1',
    source_asset: 'USDC',
    destination_asset: 'USD',
    source: { crypto: { network } },
    destination: { fiat: { fiat_account_id: 'fa-1' } },
  },
});
const labels = { bankAccount: () => 'Operating', rule: () => undefined };

describe('intent summaries in words', () => {
  it('names the network of a rule in words', () => {
    expect(intentView(ruleIntent('ETHEREUM'), labels).summary).toBe(
      'Auto-redeem USDC on Ethereum → Operating',
    );
    expect(intentView(ruleIntent('POLYGON_POS'), labels).summary).not.toMatch(/POLYGON|_/);
  });

  it('a crypto Convert & Hold rule is named as a conversion kept in the profile, never a wire', () => {
    const hold = ruleIntent('ETHEREUM');
    const payload = {
      ...(hold.payload as Record<string, unknown>),
      destination_asset: 'USDG',
      destination: { profile: { profile_id: 'p-1' } },
    };
    const summary = intentView({ ...hold, payload } as Intent, {
      ...labels,
      profile: () => 'Payroll float',
    }).summary;
    expect(summary).toBe('Convert & Hold: USDC on Ethereum → USDG in Payroll float');
  });
});
