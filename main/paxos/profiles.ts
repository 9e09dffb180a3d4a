// Profiles and their balances: GET /profiles and /profiles/{id}/balances.
import {
  BalanceSchema,
  ProfileSchema,
  type Balance,
  type Profile,
} from '../../shared/paxos/responses';
import { pagedList, readPage, type Page } from './pagination';
import { checkLimit, checkOrder, timeWindowParams, type TimeWindow } from './query';
import type { ApiExecutor } from './request-executor';

export interface ListProfilesParams {
  ids?: readonly string[];
  /** Case-insensitive prefix match. */
  nickname?: string;
  created_at?: TimeWindow;
  limit?: number;
  order?: 'ASC' | 'DESC';
  order_by?: 'CREATED_AT';
}

export function profilesApi(execute: ApiExecutor) {
  async function listProfiles(
    params: ListProfilesParams = {},
    pageCursor?: string,
  ): Promise<Page<Profile>> {
    const { body } = await execute({
      operation: 'listProfiles',
      idempotent: true,
      query: {
        ids: params.ids,
        nickname: params.nickname,
        ...timeWindowParams('created_at', params.created_at),
        limit: checkLimit(params.limit),
        order: checkOrder(params.order),
        order_by: params.order_by,
        page_cursor: pageCursor,
      },
    });
    return readPage(body, ProfileSchema, 'profile list');
  }

  return {
    listAllProfiles: pagedList(listProfiles).all,

    /** `profileId` may be a UUID or the literal `default`. */
    async listBalances(profileId: string, assets?: readonly string[]): Promise<Balance[]> {
      const { body } = await execute({
        operation: 'listBalances',
        params: { profile_id: profileId },
        query: { assets },
        idempotent: true,
      });
      return readPage(body, BalanceSchema, 'balance list').items;
    },
  };
}
