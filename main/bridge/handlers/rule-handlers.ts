// Auto-redeem rules: create and delete through the outbox, each after main's own confirmation;
// in Demo, simulate a deposit.
import { AppError } from '../../../shared/app-error';
import { RULE_NETWORKS_BY_ASSET, type RuleNetwork, type Stablecoin } from '../../../shared/assets';
import { bankAccountFacts, profileName, ruleFacts } from '../../confirm/desk-facts';
import { createRuleConfirmation, deleteRuleConfirmation } from '../../confirm/rule-confirmation';
import type { IntentPayloads } from '../../desk/store/outbox/intent';
import type { HandlerContext } from './handler-context';
import { enqueueIntent } from './enqueue-intent';
import { requireConfirmation } from './require-confirmation';

interface RuleRequest {
  profileId: string;
  asset: Stablecoin;
  network: RuleNetwork;
  fiatAccountId: string;
  nickname?: string;
  memo?: string;
}

export function createRuleHandlers(ctx: HandlerContext) {
  return {
    createRule: async (input: RuleRequest) => {
      if (!RULE_NETWORKS_BY_ASSET[input.asset].includes(input.network)) {
        throw new AppError('validation', `${input.asset} cannot be deposited on ${input.network}.`, { field: 'network' });
      }
      const { cache, options } = ctx.desk();
      const client = options.client;
      const account = await bankAccountFacts(cache, input.fiatAccountId, client ? (id) => client.getFiatAccount(id) : undefined);
      if (account?.status.toUpperCase() !== 'APPROVED') {
        throw new AppError('validation', 'Choose an approved bank account for the wires.', { field: 'fiatAccountId' });
      }
      const profile = await profileName(cache, input.profileId);
      if (!profile) throw new AppError('validation', 'Choose a profile for the deposits.', { field: 'profileId' });
      const decision = createRuleConfirmation(ctx.state.get().environment, { ...input, profile }, account);
      await requireConfirmation(ctx, decision.request, decision.audit);
      const payload: IntentPayloads['create_rule'] = {
        profile_id: input.profileId,
        ...(input.nickname ? { nickname: input.nickname } : {}),
        source_asset: input.asset,
        destination_asset: 'USD',
        source: { crypto: { network: input.network } },
        destination: { fiat: { fiat_account_id: input.fiatAccountId, ...(input.memo ? { memo: input.memo } : {}) } },
      };
      return enqueueIntent(ctx, 'create_rule', payload, 'rule.create', decision.audit);
    },
    deleteRule: async ({ id }: { id: string }) => {
      const { cache } = ctx.desk();
      const rule = await ruleFacts(cache, id);
      if (!rule) throw new AppError('not_found', 'This rule is not known here.', { id });
      const account = rule.fiatAccountId ? await bankAccountFacts(cache, rule.fiatAccountId) : undefined;
      const decision = deleteRuleConfirmation(ctx.state.get().environment, rule, account);
      await requireConfirmation(ctx, decision.request, decision.audit);
      return enqueueIntent(ctx, 'delete_rule', { id }, 'rule.delete', decision.audit);
    },
    simulateDeposit: async ({ ruleId, amount }: { ruleId: string; amount: string }) => {
      const simulator = ctx.state.get().environment === 'demo' ? ctx.environments.demoSimulator : undefined;
      if (!simulator) throw new AppError('validation', 'Deposits can only be simulated in the Demo environment.', { field: 'ruleId' });
      if (ctx.desk().cache.statusOf('rules', ruleId) === undefined) throw new AppError('not_found', 'This rule is not known here.', { id: ruleId });
      (await simulator).control.injectDeposit({ rule_id: ruleId, amount });
      await ctx.desk().record({ action: 'demo.simulate_deposit', outcome: 'info', details: { ruleId, amount } });
      void ctx.desk().sync.runCycle('events').then(() => ctx.publishDesk());
      return { done: true as const };
    },
  };
}
