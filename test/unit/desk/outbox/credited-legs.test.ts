// The credited legs of conversions that ended together are read with one List Transfers by ids
// (per 100), and the completion checks are answered from it. A leg the list leaves out (a server
// ignoring the filter, a lagging list) is asked for alone; a list that fails makes every check
// throw, so nothing is completed unchecked and nothing is asked one by one.
import { describe, expect, it } from 'vitest';
import { readCreditedLegs } from '../../../../main/desk/outbox/credited-legs';
import type { Transfer } from '../../../../shared/paxos/responses';

const leg = (id: string, total = '10.00'): Transfer => ({
  id,
  type: 'CONVERSION',
  status: 'COMPLETED',
  asset: 'USDG',
  total,
});
const ended = (legId?: string) => ({
  id: `o-${legId ?? 'none'}`,
  status: 'COMPLETED',
  ...(legId ? { destination_transfer: { transfer_id: legId } } : {}),
});

function paxos(listed: (ids: readonly string[]) => Transfer[]) {
  const calls: string[] = [];
  return {
    calls,
    client: {
      listTransfersByIds: async (ids: readonly string[]) => {
        calls.push(`list ${ids.join(',')}`);
        return listed(ids);
      },
      getTransfer: async (id: string) => {
        calls.push(`get ${id}`);
        return leg(id, '9.99');
      },
    },
  };
}

describe('readCreditedLegs', () => {
  it('reads every leg with one list and answers the checks from it', async () => {
    const { client, calls } = paxos((ids) => ids.map((id) => leg(id)));
    const legs = await readCreditedLegs(client, [ended('t-1'), ended('t-2'), ended()]);
    expect((await legs.getTransfer('t-1')).id).toBe('t-1');
    expect((await legs.getTransfer('t-2')).total).toBe('10.00');
    expect(calls).toEqual(['list t-1,t-2']);
  });

  it('asks alone for a leg the list left out, and never takes another transfer for it', async () => {
    const { client, calls } = paxos(() => [leg('someone-else')]);
    const legs = await readCreditedLegs(client, [ended('t-1')]);
    const read = await legs.getTransfer('t-1');
    expect(read).toMatchObject({ id: 't-1', total: '9.99' });
    expect(calls).toEqual(['list t-1', 'get t-1']);
  });

  it('a list that fails makes every check throw, with nothing asked one by one', async () => {
    const { client, calls } = paxos(() => {
      throw new Error('Paxos unreachable');
    });
    const legs = await readCreditedLegs(client, [ended('t-1'), ended('t-2')]);
    await expect(legs.getTransfer('t-1')).rejects.toThrow('Paxos unreachable');
    await expect(legs.getTransfer('t-2')).rejects.toThrow('Paxos unreachable');
    expect(calls).toEqual(['list t-1,t-2']);
  });
});
