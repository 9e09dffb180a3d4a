// The check after damage asks Paxos for each intent by ref_id. For a bank account it must use
// the bounded lookup (filtered, then paged), so a Paxos that ignores the ref_ids filter cannot
// make a created account look absent: that answer would leave the intent queued to be sent
// again, or tell the operator to redo a damaged one.
import { describe, expect, it } from 'vitest';
import { recheckIntents, type RecheckClient } from '../../../../main/desk/recovery/intent-recheck';
import { IntentStore } from '../../../../main/desk/store/intents/intent-store';
import type { FiatAccount } from '../../../../shared/paxos/responses';
import { usWireAccount } from '../../../support/wire-account';
import { closeAfterTest, useTempDirs } from '../store/temp-dir';

const tempDir = useTempDirs('desk-recheck-');

const accountRequest = (refId: string) => ({
  kind: 'create_fiat_account' as const,
  refId,
  payload: usWireAccount('Example Corp', '74600021314512'),
});

/**
 * Paxos as seen through a server that ignores the ref_ids filter: only a lookup that pages past
 * the first (unfiltered) page finds the account. The first page holds someone else's account.
 */
function paxosIgnoringTheFilter(held: { refId: string; id: string }): RecheckClient & {
  asked: string[];
} {
  const asked: string[] = [];
  return {
    asked,
    findOrchestrationByRefId: async () => null,
    findRuleByRefId: async () => undefined,
    findFiatWithdrawalByRefId: async () => null,
    findFiatAccountByRefId: async (refId: string) => {
      asked.push(refId);
      return refId === held.refId
        ? ({ id: held.id, ref_id: held.refId, status: 'APPROVED' } satisfies FiatAccount)
        : undefined;
    },
  };
}

describe('recheck after damage: bank accounts', () => {
  it('finds an account Paxos holds behind an ignored filter, so it is never sent again', async () => {
    const intents = closeAfterTest(await IntentStore.open(await tempDir()));
    const queued = await intents.create(accountRequest('fa-ref-1'));
    const client = paxosIgnoringTheFilter({ refId: 'fa-ref-1', id: 'fa-paxos-9' });

    const result = await recheckIntents(client, intents, () => undefined);

    expect(client.asked).toEqual(['fa-ref-1']);
    expect(intents.get(queued.id)?.state).toBe('completed');
    expect(intents.get(queued.id)?.result).toMatchObject({ paxosId: 'fa-paxos-9' });
    expect(result.alerts).toHaveLength(1);
  });

  it('keeps an account request queued when the bounded lookup finds nothing', async () => {
    const intents = closeAfterTest(await IntentStore.open(await tempDir()));
    const queued = await intents.create(accountRequest('fa-ref-2'));
    const client = paxosIgnoringTheFilter({ refId: 'fa-ref-other', id: 'fa-paxos-1' });

    const result = await recheckIntents(client, intents, () => undefined);

    expect(intents.get(queued.id)?.state).toBe('queued');
    expect(result).toEqual({ checked: 1, alerts: [] });
  });
});
