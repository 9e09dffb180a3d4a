// Fiat (bank) accounts: create, get, list, update, delete under /transfer/fiat-accounts.
// List answers carry an abbreviated object (last 4 digits only); get returns the full one.
import {
  CreateFiatAccountInputSchema,
  UpdateFiatAccountInputSchema,
  type CreateFiatAccountInput,
  type UpdateFiatAccountInput,
} from '../../shared/paxos/requests';
import { FiatAccountSchema, type FiatAccount } from '../../shared/paxos/responses';
import { isPaxosError } from './errors';
import { createIdempotently, tryParse } from './idempotent-create';
import { validateInput } from './input';
import { pagedList, readPage, type Page } from './pagination';
import { parseAs } from './parse';
import { findByRefId, LOOKUP_PAGE_SIZE } from './ref-lookup';
import { checkLimit, checkOrder, timeWindowParams, type TimeWindow } from './query';
import type { ApiExecutor } from './request-executor';

export interface ListFiatAccountsParams {
  ids?: readonly string[];
  ref_ids?: readonly string[];
  created_at?: TimeWindow;
  limit?: number;
  order?: 'ASC' | 'DESC';
  include_deleted?: boolean;
}

export function fiatAccountsApi(execute: ApiExecutor) {
  const read = (body: unknown) => parseAs(FiatAccountSchema, body, 'fiat account');

  async function getFiatAccount(
    id: string,
    options: { includeDeleted?: boolean } = {},
  ): Promise<FiatAccount> {
    const { body } = await execute({
      operation: 'getFiatAccount',
      params: { id },
      idempotent: true,
      query: { include_deleted: options.includeDeleted ? true : undefined },
    });
    return read(body);
  }

  async function listFiatAccounts(
    params: ListFiatAccountsParams = {},
    pageCursor?: string,
  ): Promise<Page<FiatAccount>> {
    const { body } = await execute({
      operation: 'listFiatAccounts',
      idempotent: true,
      query: {
        ids: params.ids,
        ref_ids: params.ref_ids,
        ...timeWindowParams('created_at', params.created_at),
        limit: checkLimit(params.limit),
        order: checkOrder(params.order),
        page_cursor: pageCursor,
        include_deleted: params.include_deleted ? true : undefined,
      },
    });
    return readPage(body, FiatAccountSchema, 'fiat account list');
  }

  const fiatAccounts = pagedList(listFiatAccounts);

  /**
   * The bank account created with `refId`: a hit counts only if its ref_id is ours (never the
   * first item of whatever list came back), then the unfiltered list is paged (bounded, newest first).
   */
  async function findFiatAccountByRefId(refId: string): Promise<FiatAccount | undefined> {
    return findByRefId<FiatAccount>({
      refId,
      what: 'bank account',
      refIdOf: refIdOfAccount,
      filtered: async () =>
        (await listFiatAccounts({ ref_ids: [refId], include_deleted: true, limit: 100 })).items,
      scanPage: (cursor) =>
        listFiatAccounts({ include_deleted: true, limit: LOOKUP_PAGE_SIZE, order: 'DESC' }, cursor),
    });
  }

  return {
    getFiatAccount,
    findFiatAccountByRefId,
    /** One page. The desk itself reads through the two calls around it; tests read single pages. */
    listFiatAccounts,
    listAllFiatAccounts: fiatAccounts.all,

    /** Resolves to `{ fiatAccount, alreadyExisted }`; the new account is PENDING review. */
    async createFiatAccount(input: CreateFiatAccountInput) {
      const body = validateInput(CreateFiatAccountInputSchema, input, 'bank account');
      const created = await createIdempotently<FiatAccount>({
        what: 'bank account',
        refId: body.ref_id,
        send: async () =>
          read(
            (
              await execute({
                operation: 'createFiatAccount',
                body,
                idempotent: true,
              })
            ).body,
          ),
        readExisting: (existing) => tryParse(read, existing),
        // A 409 for a reused bank-account ref_id is only inferred from the docs: reconcile by listing.
        lookup: async () => {
          const hit = await findFiatAccountByRefId(body.ref_id);
          return hit ? getFiatAccount(hit.id, { includeDeleted: true }) : undefined;
        },
        mismatch: (existing) => fiatAccountMismatch(body, existing),
      });
      return { fiatAccount: created.record, alreadyExisted: created.alreadyExisted };
    },

    /** Sends the account back to PENDING review at Paxos. */
    async updateFiatAccount(id: string, input: UpdateFiatAccountInput): Promise<FiatAccount> {
      const body = validateInput(UpdateFiatAccountInputSchema, input, 'bank account change');
      const answer = await execute({
        operation: 'updateFiatAccount',
        params: { id },
        body,
        idempotent: true,
      });
      return read(answer.body);
    },

    /**
     * Deletes (hides) the account. A 404 on a delete whose earlier attempt may have gone through
     * is checked against `include_deleted`: already deleted counts as done.
     */
    async deleteFiatAccount(id: string): Promise<void> {
      try {
        await execute({
          operation: 'deleteFiatAccount',
          params: { id },
          idempotent: true,
        });
      } catch (error) {
        if (!isPaxosError(error) || error.code !== 'not_found') throw error;
        const deleted = await getFiatAccount(id, { includeDeleted: true }).catch(() => undefined);
        if (!deleted) throw error;
      }
    },
  };
}

/** The ref_id a bank account carries; the mutation proof removes this check to show the tests catch it. */
function refIdOfAccount(account: FiatAccount): string | undefined {
  return account.ref_id;
}

/** What differs between our create and the account Paxos holds under the same ref_id. */
export function fiatAccountMismatch(
  body: CreateFiatAccountInput,
  existing: FiatAccount,
): string | undefined {
  if (existing.ref_id !== body.ref_id) return `ref_id ${existing.ref_id ?? '(none)'}`;
  const wanted = (body.fiat_network_instructions as { wire?: { account_number?: string } }).wire
    ?.account_number;
  const held = (
    existing.fiat_network_instructions as { wire?: { account_number?: string } } | undefined
  )?.wire?.account_number;
  if (wanted && held && held.slice(-4) !== wanted.slice(-4))
    return `account ending ${held.slice(-4)}`;
  return undefined;
}
