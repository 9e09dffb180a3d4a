// Fiat (bank) accounts: create, get, list, update, delete under /transfer/fiat-accounts.
// List answers carry an abbreviated object (last 4 digits only); get returns the full one.
import {
  CreateFiatAccountInputSchema, FiatAccountSchema, UpdateFiatAccountInputSchema,
  type CreateFiatAccountInput, type FiatAccount, type UpdateFiatAccountInput,
} from '../../shared/paxos-schemas';
import { isPaxosError } from './errors';
import { createIdempotently, tryParse } from './idempotent-create';
import { validateInput } from './input';
import { collectAll, iteratePages, readPage, type Page, type PagingOptions } from './pagination';
import { parseAs } from './parse';
import { checkLimit, checkOrder, segment, timeWindowParams, type TimeWindow } from './query';
import type { ApiExecutor } from './request-executor';

export interface ListFiatAccountsParams {
  ids?: readonly string[];
  ref_ids?: readonly string[];
  created_at?: TimeWindow;
  limit?: number;
  order?: 'ASC' | 'DESC';
  page_cursor?: string;
  include_deleted?: boolean;
}

export function fiatAccountsApi(execute: ApiExecutor) {
  const read = (body: unknown) => parseAs(FiatAccountSchema, body, 'fiat account');

  async function getFiatAccount(id: string, options: { includeDeleted?: boolean } = {}): Promise<FiatAccount> {
    const { body } = await execute({
      operation: 'getFiatAccount', method: 'GET', path: `/transfer/fiat-accounts/${segment(id)}`, idempotent: true,
      query: { include_deleted: options.includeDeleted ? true : undefined },
    });
    return read(body);
  }

  async function listFiatAccounts(params: ListFiatAccountsParams = {}): Promise<Page<FiatAccount>> {
    const { body } = await execute({
      operation: 'listFiatAccounts', method: 'GET', path: '/transfer/fiat-accounts', idempotent: true,
      query: {
        ids: params.ids, ref_ids: params.ref_ids, ...timeWindowParams('created_at', params.created_at),
        limit: checkLimit(params.limit), order: checkOrder(params.order), page_cursor: params.page_cursor,
        include_deleted: params.include_deleted ? true : undefined,
      },
    });
    return readPage(body, FiatAccountSchema, 'fiat account list');
  }

  function iterateFiatAccounts(params: Omit<ListFiatAccountsParams, 'page_cursor'> = {}, paging?: PagingOptions) {
    return iteratePages((page_cursor) => listFiatAccounts({ ...params, ...(page_cursor ? { page_cursor } : {}) }), paging);
  }

  return {
    getFiatAccount,
    listFiatAccounts,
    iterateFiatAccounts,
    listAllFiatAccounts: (params: Omit<ListFiatAccountsParams, 'page_cursor'> = {}, paging?: PagingOptions) =>
      collectAll(iterateFiatAccounts(params, paging)),

    /** Resolves to `{ fiatAccount, alreadyExisted }`; the new account is PENDING review. */
    async createFiatAccount(input: CreateFiatAccountInput) {
      const body = validateInput(CreateFiatAccountInputSchema, input, 'bank account');
      const created = await createIdempotently<FiatAccount>({
        what: 'bank account',
        refId: body.ref_id,
        send: async () => read((await execute({ operation: 'createFiatAccount', method: 'POST', path: '/transfer/fiat-accounts', body, idempotent: true })).body),
        readExisting: (existing) => tryParse(read, existing),
        lookup: async () => {
          const hit = (await listFiatAccounts({ ref_ids: [body.ref_id], include_deleted: true })).items[0];
          return hit ? getFiatAccount(hit.id, { includeDeleted: true }) : undefined;
        },
      });
      return { fiatAccount: created.record, alreadyExisted: created.alreadyExisted };
    },

    /** Sends the account back to PENDING review at Paxos. */
    async updateFiatAccount(id: string, input: UpdateFiatAccountInput): Promise<FiatAccount> {
      const body = validateInput(UpdateFiatAccountInputSchema, input, 'bank account change');
      const answer = await execute({ operation: 'updateFiatAccount', method: 'PUT', path: `/transfer/fiat-accounts/${segment(id)}`, body, idempotent: true });
      return read(answer.body);
    },

    /**
     * Deletes (hides) the account. A 404 on a delete whose earlier attempt may have gone through
     * is checked against `include_deleted`: already deleted counts as done.
     */
    async deleteFiatAccount(id: string): Promise<void> {
      try {
        await execute({ operation: 'deleteFiatAccount', method: 'DELETE', path: `/transfer/fiat-accounts/${segment(id)}`, idempotent: true });
      } catch (error) {
        if (!isPaxosError(error) || error.code !== 'not_found') throw error;
        const deleted = await getFiatAccount(id, { includeDeleted: true }).catch(() => undefined);
        if (!deleted) throw error;
      }
    },
  };
}
