// Orchestration rules (auto-redeem): create (idempotent by ref_id), list, delete. There is no
// update in the API: changes are delete + create.
import { CreateRuleInputSchema, type CreateRuleInput } from '../../shared/paxos/requests';
import { OrchestrationRuleSchema, type OrchestrationRule } from '../../shared/paxos/responses';
import { PaxosError } from './errors';
import { createIdempotently, tryParse } from './idempotent-create';
import { validateInput } from './input';
import { pagedList, readPage, type Page } from './pagination';
import { parseAs, parseWrapped } from './parse';
import { checkLimit, checkOrder } from './query';
import type { ApiExecutor } from './request-executor';
import { ruleFiatAccountId, ruleRequestBody } from './rule-fields';

export interface ListRulesParams {
  profile_id?: string;
  status?: readonly string[];
  source_asset?: string;
  destination_asset?: string;
  limit?: number;
  order?: 'ASC' | 'DESC';
}

export function rulesApi(execute: ApiExecutor) {
  const readRule = (value: unknown) =>
    parseAs(OrchestrationRuleSchema, value, 'orchestration rule');

  async function listRules(
    params: ListRulesParams = {},
    pageCursor?: string,
  ): Promise<Page<OrchestrationRule>> {
    const { body } = await execute({
      operation: 'listRules',
      idempotent: true,
      query: {
        profile_id: params.profile_id,
        status: params.status,
        source_asset: params.source_asset,
        destination_asset: params.destination_asset,
        limit: checkLimit(params.limit),
        order: checkOrder(params.order),
        page_cursor: pageCursor,
      },
    });
    return readPage(body, OrchestrationRuleSchema, 'rule list', 'rules');
  }

  const rules = pagedList(listRules);

  /** List Rules has no ref_id filter: scan the profile's rules. */
  async function findRuleByRefId(
    refId: string,
    profileId?: string,
  ): Promise<OrchestrationRule | undefined> {
    for await (const rule of rules.iterate({
      ...(profileId ? { profile_id: profileId } : {}),
      limit: 1000,
    })) {
      if (rule.ref_id === refId) return rule;
    }
    return undefined;
  }

  /** Soft delete: answers the rule with status DELETED. */
  async function deleteRule(id: string): Promise<OrchestrationRule> {
    const { body } = await execute({
      operation: 'deleteRule',
      params: { id },
      idempotent: true,
    });
    return parseWrapped(OrchestrationRuleSchema, body, 'rule', 'orchestration rule');
  }

  /** True once Paxos confirmed the delete; a failure is reported to the operator, not thrown. */
  async function deleteRuleQuietly(id: string): Promise<boolean> {
    return deleteRule(id).then(
      () => true,
      () => false,
    );
  }

  return {
    listAllRules: rules.all,
    findRuleByRefId,

    /** Resolves to `{ rule, alreadyExisted }`; show `rule.source.crypto.address` to the operator. */
    async createRule(
      input: CreateRuleInput,
    ): Promise<{ rule: OrchestrationRule; alreadyExisted: boolean }> {
      const checked = validateInput(CreateRuleInputSchema, input, 'auto-redeem rule');
      const body = ruleRequestBody(checked);
      const created = await createIdempotently<OrchestrationRule>({
        what: 'auto-redeem rule',
        refId: checked.ref_id,
        send: async () =>
          parseWrapped(
            OrchestrationRuleSchema,
            (
              await execute({
                operation: 'createRule',
                body,
                idempotent: true,
              })
            ).body,
            'rule',
            'orchestration rule',
          ),
        readExisting: (existing) => tryParse(readRule, existing),
        lookup: () => findRuleByRefId(checked.ref_id, checked.profile_id),
        // Profile and asset differing: another request under our ref_id. The destination is
        // checked below for every answer (fresh or existing), and a wrong one is deleted.
        mismatch: (existing) => {
          if (existing.profile_id !== undefined && existing.profile_id !== checked.profile_id)
            return `profile ${existing.profile_id}`;
          if (existing.source_asset !== undefined && existing.source_asset !== checked.source_asset)
            return `asset ${existing.source_asset}`;
          return undefined;
        },
      });
      const wrong = ruleDestinationMismatch(checked, created.record);
      if (wrong) {
        // Never leave a live deposit address wiring elsewhere: delete it at once, then tell.
        const deleted = await deleteRuleQuietly(created.record.id);
        throw ruleMismatchError(checked, created.record, wrong, deleted);
      }
      return { rule: created.record, alreadyExisted: created.alreadyExisted };
    },

    /** Soft delete: answers the rule with status DELETED. */
    deleteRule,
    deleteRuleQuietly,
  };
}

/**
 * Why a rule Paxos returned is not the one we asked for (profile, asset, or its bank
 * destination: a rule naming no bank account, or another one, is a mismatch), or undefined.
 */
export function ruleDestinationMismatch(
  asked: CreateRuleInput,
  rule: OrchestrationRule,
): { field: string; asked: string; answered: string } | undefined {
  if (rule.ref_id !== undefined && rule.ref_id !== asked.ref_id)
    return { field: 'ref_id', asked: asked.ref_id, answered: rule.ref_id };
  if (rule.profile_id !== undefined && rule.profile_id !== asked.profile_id)
    return { field: 'profile', asked: asked.profile_id, answered: rule.profile_id };
  if (rule.source_asset !== undefined && rule.source_asset !== asked.source_asset)
    return { field: 'asset', asked: asked.source_asset, answered: rule.source_asset };
  const wantedBank =
    'fiat' in asked.destination ? asked.destination.fiat.fiat_account_id : undefined;
  const bank = ruleFiatAccountId(rule);
  if (wantedBank && bank !== wantedBank)
    return { field: 'bank account', asked: wantedBank, answered: bank ?? '(none named)' };
  return undefined;
}

export function ruleMismatchError(
  asked: CreateRuleInput,
  rule: OrchestrationRule,
  wrong: { field: string; asked: string; answered: string },
  deleted: boolean,
): PaxosError {
  return new PaxosError(
    'answer_mismatch',
    `Paxos answered with auto-redeem rule ${rule.id} whose ${wrong.field} is ${wrong.answered}, not ${wrong.asked} as asked. ` +
      (deleted
        ? 'The rule was deleted at once; its deposit address must not be used.'
        : 'Deleting it failed: delete it in Paxos now and do not use its deposit address.'),
    {
      what: 'orchestration rule',
      ruleId: rule.id,
      refId: asked.ref_id,
      field: wrong.field,
      asked: wrong.asked,
      answered: wrong.answered,
      deleted,
    },
  );
}
