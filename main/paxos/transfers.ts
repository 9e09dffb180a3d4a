// Transfers: one leg of an orchestration (GET /transfer/transfers/{id}), for a redemption's
// timeline.
import { TransferSchema, type Transfer } from '../../shared/paxos/responses';
import { parseAs } from './parse';
import type { ApiExecutor } from './request-executor';

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
  };
}
