// Transfers: the legs of orchestrations. One by id (GET /transfer/transfers/{id}) for a
// redemption's timeline; many by id (GET /transfer/transfers?ids=…, at most 100 ids a call)
// for an export or a statement, which need each leg's fee, times and deposit hash.
import { TransferSchema, type Transfer } from '../../shared/paxos/responses';
import { readPage } from './pagination';
import { parseAs } from './parse';
import type { ApiExecutor } from './request-executor';

/** List Transfers takes at most 100 values per array parameter (paxos-api.md §8.2). */
export const TRANSFER_IDS_PER_CALL = 100;

export function transfersApi(execute: ApiExecutor) {
  return {
    async getTransfer(id: string): Promise<Transfer> {
      const { body } = await execute({
        operation: 'getTransfer',
        params: { id },
        idempotent: true,
      });
      return parseAs(TransferSchema, body, 'transfer');
    },

    /** The transfers with these ids (unknown ids are left out), a call per 100 ids. */
    async listTransfersByIds(ids: readonly string[]): Promise<Transfer[]> {
      const unique = [...new Set(ids)];
      const found: Transfer[] = [];
      for (let from = 0; from < unique.length; from += TRANSFER_IDS_PER_CALL) {
        const chunk = unique.slice(from, from + TRANSFER_IDS_PER_CALL);
        const { body } = await execute({
          operation: 'listTransfers',
          idempotent: true,
          query: { ids: chunk, limit: chunk.length },
        });
        found.push(...readPage(body, TransferSchema, 'transfer list').items);
      }
      return found;
    },
  };
}
