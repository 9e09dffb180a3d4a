// The credited legs of orchestrations that ended together, read together. A conversion's
// completion is checked against the transfer that credited it (conversion-credit.ts); asked one
// Get Transfer each, a cycle in which 1,000 conversions end costs 1,000 requests. Read here with
// one List Transfers by ids per 100 (the documented maximum), the checks then cost nothing more.
// A leg the list leaves out (an id Paxos does not list yet) is asked for alone; a list that fails
// makes every check throw, so each intent stays submitted and is checked again next cycle
// (settleEnded), never completed unchecked, and nothing is asked a thousand times over.
import type { Orchestration } from '../../../shared/paxos/responses';
import type { PaxosClient } from '../../paxos';
import type { TransferReader } from '../paths/money-path';
import type { PaxosRecord } from '../store/cache/cache-records';

/** The transfer that credited an orchestration's destination, as the record names it. */
export function creditedLegOf(record: PaxosRecord): string | undefined {
  const id = (record as Orchestration).destination_transfer?.transfer_id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/** Reads the credited legs of `records` at once; answers Get Transfer from them. */
export async function readCreditedLegs(
  client: Pick<PaxosClient, 'getTransfer' | 'listTransfersByIds'>,
  records: readonly PaxosRecord[],
): Promise<TransferReader> {
  const ids = [...new Set(records.map(creditedLegOf).filter((id) => id !== undefined))];
  const read = new Map<string, Awaited<ReturnType<TransferReader['getTransfer']>>>();
  let failure: unknown;
  if (ids.length > 0) {
    try {
      // A server that ignores the filter answers other transfers too: only ids asked are kept.
      const asked = new Set(ids);
      for (const t of await client.listTransfersByIds(ids)) if (asked.has(t.id)) read.set(t.id, t);
    } catch (error) {
      failure = error;
    }
  }
  return {
    async getTransfer(id) {
      const found = read.get(id);
      if (found) return found;
      if (failure !== undefined) throw failure;
      return client.getTransfer(id);
    },
  };
}
