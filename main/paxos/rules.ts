// Orchestration rules (auto-redeem): create (idempotent by ref_id), list, delete. There is no
// get-by-id or update in the API: getRule lists with `ids`, changes are delete + create.
import { CreateRuleInputSchema, OrchestrationRuleSchema, type CreateRuleInput, type OrchestrationRule } from '../../shared/paxos-schemas';
import { PaxosError } from './errors';
import { createIdempotently, tryParse } from './idempotent-create';
import { validateInput } from './input';
import { collectAll, iteratePages, readPage, type Page, type PagingOptions } from './pagination';
import { parseAs, parseWrapped } from './parse';
import { checkLimit, checkOrder, segment } from './query';
import type { ApiExecutor } from './request-executor';
import { ruleFiatAccountId, ruleRequestBody } from './rule-fields';

export interface ListRulesParams {
  profile_id?: string;
  status?: readonly string[];
  source_asset?: string;
  destination_asset?: string;
  /** Documented by paxos-api.md; not in the 2025 OpenAPI file. */
  ids?: readonly string[];
  limit?: number;
  order?: 'ASC' | 'DESC';
  page_cursor?: string;
}

export function rulesApi(execute: ApiExecutor) {
  const readRule = (value: unknown) => parseAs(OrchestrationRuleSchema, value, 'orchestration rule');

  async function listRules(params: ListRulesParams = {}): Promise<Page<OrchestrationRule>> {
    const { body } = await execute({
      operation: 'listRules', method: 'GET', path: '/orchestration/rules', idempotent: true,
      query: {
        profile_id: params.profile_id, status: params.status, source_asset: params.source_asset,
        destination_asset: params.destination_asset, ids: params.ids,
        limit: checkLimit(params.limit), order: checkOrder(params.order), page_cursor: params.page_cursor,
      },
    });
    return readPage(body, OrchestrationRuleSchema, 'rule list', 'rules');
  }

  function iterateRules(params: Omit<ListRulesParams, 'page_cursor'> = {}, paging?: PagingOptions) {
    return iteratePages((page_cursor) => listRules({ ...params, ...(page_cursor ? { page_cursor } : {}) }), paging);
  }

  /** List Rules has no ref_id filter: scan the profile's rules. */
  async function findRuleByRefId(refId: string, profileId?: string): Promise<OrchestrationRule | undefined> {
    for await (const rule of iterateRules({ ...(profileId ? { profile_id: profileId } : {}), limit: 1000 })) {
      if (rule.ref_id === refId) return rule;
    }
    return undefined;
  }

  return {
    listRules,
    iterateRules,
    listAllRules: (params: Omit<ListRulesParams, 'page_cursor'> = {}, paging?: PagingOptions) => collectAll(iterateRules(params, paging)),
    findRuleByRefId,

    async getRule(id: string): Promise<OrchestrationRule | null> {
      return (await listRules({ ids: [id] })).items.find((r) => r.id === id) ?? null;
    },

    /** Resolves to `{ rule, alreadyExisted }`; show `rule.source.crypto.address` to the operator. */
    async createRule(input: CreateRuleInput): Promise<{ rule: OrchestrationRule; alreadyExisted: boolean }> {
      const checked = validateInput(CreateRuleInputSchema, input, 'auto-redeem rule');
      const body = ruleRequestBody(checked);
      const wantedBank = 'fiat' in checked.destination ? checked.destination.fiat.fiat_account_id : undefined;
      const created = await createIdempotently<OrchestrationRule>({
        what: 'auto-redeem rule',
        refId: checked.ref_id,
        send: async () => parseWrapped(OrchestrationRuleSchema, (await execute({ operation: 'createRule', method: 'POST', path: '/orchestration/rules', body, idempotent: true })).body, 'rule', 'orchestration rule'),
        readExisting: (existing) => tryParse(readRule, existing),
        lookup: () => findRuleByRefId(checked.ref_id, checked.profile_id),
        mismatch: (existing) => {
          if (existing.profile_id !== undefined && existing.profile_id !== checked.profile_id) return `profile ${existing.profile_id}`;
          if (existing.source_asset !== undefined && existing.source_asset !== checked.source_asset) return `asset ${existing.source_asset}`;
          const bank = ruleFiatAccountId(existing);
          return wantedBank && bank && bank !== wantedBank ? `bank account ${bank}` : undefined;
        },
      });
      if (wantedBank && ruleFiatAccountId(created.record) !== wantedBank) {
        throw new PaxosError(
          'bad_response',
          `Paxos created auto-redeem rule ${created.record.id} but did not confirm bank account ${wantedBank} as its destination. Check the rule and delete it if it is wrong.`,
          { what: 'orchestration rule', ruleId: created.record.id, expectedFiatAccountId: wantedBank },
        );
      }
      return { rule: created.record, alreadyExisted: created.alreadyExisted };
    },

    /** Soft delete: answers the rule with status DELETED. */
    async deleteRule(id: string): Promise<OrchestrationRule> {
      const { body } = await execute({ operation: 'deleteRule', method: 'DELETE', path: `/orchestration/rules/${segment(id)}`, idempotent: true });
      return parseWrapped(OrchestrationRuleSchema, body, 'rule', 'orchestration rule');
    },
  };
}
