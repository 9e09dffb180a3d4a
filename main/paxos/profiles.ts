// Profiles and balances: GET /profiles, /profiles/{id}, /profiles/{id}/balances[/{asset}].
import {
  BalanceSchema,
  ProfileSchema,
  type Balance,
  type Profile,
} from '../../shared/paxos-schemas';
import { parseAs } from './parse';
import { collectAll, iteratePages, readPage, type Page, type PagingOptions } from './pagination';
import { checkLimit, checkOrder, segment, timeWindowParams, type TimeWindow } from './query';
import type { ApiExecutor } from './request-executor';

export interface ListProfilesParams {
  ids?: readonly string[];
  /** Case-insensitive prefix match. */
  nickname?: string;
  created_at?: TimeWindow;
  limit?: number;
  order?: 'ASC' | 'DESC';
  order_by?: 'CREATED_AT';
  page_cursor?: string;
}

export function profilesApi(execute: ApiExecutor) {
  async function listProfiles(params: ListProfilesParams = {}): Promise<Page<Profile>> {
    const { body } = await execute({
      operation: 'listProfiles',
      method: 'GET',
      path: '/profiles',
      idempotent: true,
      query: {
        ids: params.ids,
        nickname: params.nickname,
        ...timeWindowParams('created_at', params.created_at),
        limit: checkLimit(params.limit),
        order: checkOrder(params.order),
        order_by: params.order_by,
        page_cursor: params.page_cursor,
      },
    });
    return readPage(body, ProfileSchema, 'profile list');
  }

  function iterateProfiles(
    params: Omit<ListProfilesParams, 'page_cursor'> = {},
    paging?: PagingOptions,
  ) {
    return iteratePages(
      (page_cursor) => listProfiles({ ...params, ...(page_cursor ? { page_cursor } : {}) }),
      paging,
    );
  }

  return {
    listProfiles,
    iterateProfiles,
    listAllProfiles: (
      params: Omit<ListProfilesParams, 'page_cursor'> = {},
      paging?: PagingOptions,
    ) => collectAll(iterateProfiles(params, paging)),

    /** `profileId` may be a UUID or the literal `default`. */
    async getProfile(profileId: string): Promise<Profile> {
      const { body } = await execute({
        operation: 'getProfile',
        method: 'GET',
        path: `/profiles/${segment(profileId, 'profile_id')}`,
        idempotent: true,
      });
      return parseAs(ProfileSchema, body, 'profile');
    },

    async listBalances(profileId: string, assets?: readonly string[]): Promise<Balance[]> {
      const { body } = await execute({
        operation: 'listBalances',
        method: 'GET',
        path: `/profiles/${segment(profileId, 'profile_id')}/balances`,
        query: { assets },
        idempotent: true,
      });
      return readPage(body, BalanceSchema, 'balance list').items;
    },

    async getBalance(profileId: string, asset: string): Promise<Balance> {
      const { body } = await execute({
        operation: 'getBalance',
        method: 'GET',
        path: `/profiles/${segment(profileId, 'profile_id')}/balances/${segment(asset, 'asset')}`,
        idempotent: true,
      });
      return parseAs(BalanceSchema, body, 'balance');
    },
  };
}
