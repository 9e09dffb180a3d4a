// Transfers: the legs of an orchestration (GET /transfer/transfers/{id}) and lists of them.
// Note the plural filter names here (profile_ids, ref_ids, statuses), unlike orchestrations.
import { TransferSchema, type Transfer } from '../../shared/paxos-schemas';
import { collectAll, iteratePages, readPage, type Page, type PagingOptions } from './pagination';
import { parseAs } from './parse';
import { checkLimit, checkOrder, segment, timeWindowParams, type TimeWindow } from './query';
import type { ApiExecutor } from './request-executor';

export interface ListTransfersParams {
  profile_ids?: readonly string[];
  identity_ids?: readonly string[];
  account_ids?: readonly string[];
  ids?: readonly string[];
  ref_ids?: readonly string[];
  type?: readonly string[];
  statuses?: readonly string[];
  group_ids?: readonly string[];
  crypto_tx_hashes?: readonly string[];
  created_at?: TimeWindow;
  updated_at?: TimeWindow;
  order_by?: 'CREATED_AT' | 'UPDATED_AT';
  order?: 'ASC' | 'DESC';
  limit?: number;
  page_cursor?: string;
}

export function transfersApi(execute: ApiExecutor) {
  async function listTransfers(params: ListTransfersParams = {}): Promise<Page<Transfer>> {
    const { body } = await execute({
      operation: 'listTransfers',
      method: 'GET',
      path: '/transfer/transfers',
      idempotent: true,
      query: {
        profile_ids: params.profile_ids,
        identity_ids: params.identity_ids,
        account_ids: params.account_ids,
        ids: params.ids,
        ref_ids: params.ref_ids,
        type: params.type,
        statuses: params.statuses,
        group_ids: params.group_ids,
        crypto_tx_hashes: params.crypto_tx_hashes,
        ...timeWindowParams('created_at', params.created_at),
        ...timeWindowParams('updated_at', params.updated_at),
        order_by: params.order_by,
        order: checkOrder(params.order),
        limit: checkLimit(params.limit),
        page_cursor: params.page_cursor,
      },
    });
    return readPage(body, TransferSchema, 'transfer list');
  }

  function iterateTransfers(
    params: Omit<ListTransfersParams, 'page_cursor'> = {},
    paging?: PagingOptions,
  ) {
    return iteratePages(
      (page_cursor) => listTransfers({ ...params, ...(page_cursor ? { page_cursor } : {}) }),
      paging,
    );
  }

  return {
    listTransfers,
    iterateTransfers,
    listAllTransfers: (
      params: Omit<ListTransfersParams, 'page_cursor'> = {},
      paging?: PagingOptions,
    ) => collectAll(iterateTransfers(params, paging)),
    async getTransfer(id: string): Promise<Transfer> {
      const { body } = await execute({
        operation: 'getTransfer',
        method: 'GET',
        path: `/transfer/transfers/${segment(id)}`,
        idempotent: true,
      });
      return parseAs(TransferSchema, body, 'transfer');
    },
  };
}
