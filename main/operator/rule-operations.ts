// Auto-redeem and Convert & Hold rules: create and delete through the outbox, each after main's own confirmation;
// in Demo, simulate a deposit.
import { AppError } from '../../shared/app-error';
import {
  profileName,
  ruleFacts,
  checkRuleNetwork,
  convertHoldBody,
  convertHoldConfirmationFacts,
  checkCryptoHold,
  createRuleConfirmationFacts,
  cryptoHoldBody,
  cryptoHoldConfirmationFacts,
  isCryptoHold,
  deleteRuleConfirmationFacts,
  ruleBody,
  type ConvertHoldRequest,
  type CryptoHoldRequest,
  type RuleRequest,
} from '../desk';
import { pathConfirmation } from '../confirm/path-confirmation';
import type { OperatorContext } from './operator-context';
import { enqueueIntent } from './enqueue-intent';
import { requireCapability } from './require-capability';
import { requireConfirmation } from './require-confirmation';

export function createRuleOperations(ctx: OperatorContext) {
  /** The deposit shows up as events: a light cycle reads them (and the next full one anyway). */
  const readSoon = () =>
    void ctx
      .desk()
      .readNewEvents()
      .then(() => ctx.publishDesk())
      .catch(() => undefined);
  const simulateRuleWire = async (ruleId: string, memoId: string | undefined, amount: string) => {
    if (ctx.state.get().environment === 'production')
      throw new AppError('validation', 'Wires can only be simulated in Sandbox and Demo.', {
        field: 'amount',
      });
    requireCapability(ctx, 'sandboxWires');
    if (!memoId)
      throw new AppError('validation', 'Paxos has not given this rule a memo yet.', {
        field: 'ruleId',
      });
    await ctx.desk().incoming.sendSandboxWire(memoId, amount, { ruleId });
    readSoon();
    return { done: true as const };
  };
  return {
    createRule: async (input: RuleRequest) => {
      requireCapability(ctx, 'rules');
      checkRuleNetwork(input);
      const desk = ctx.desk();
      const account = await desk.live.bankAccountFacts(input.fiatAccountId);
      if (account?.status.toUpperCase() !== 'APPROVED') {
        throw new AppError('validation', 'Choose an approved bank account for the wires.', {
          field: 'fiatAccountId',
        });
      }
      const profile = await profileName(desk.records, input.profileId);
      if (!profile)
        throw new AppError('validation', 'Choose a profile for the deposits.', {
          field: 'profileId',
        });
      const decision = pathConfirmation(
        ctx.state.get().environment,
        createRuleConfirmationFacts({ ...input, profile }, account),
      );
      await requireConfirmation(ctx, decision.request, decision.audit);
      return enqueueIntent(ctx, 'create_rule', ruleBody(input), 'rule.create', decision.audit);
    },
    /**
     * Convert & Hold: every USD wire quoting the rule's memo, or every deposit of a coin on a
     * network to the rule's address, becomes a stablecoin kept in the profile.
     */
    createConvertHoldRule: async (input: ConvertHoldRequest | CryptoHoldRequest) => {
      requireCapability(ctx, 'rules');
      if (isCryptoHold(input)) checkCryptoHold(input);
      const profile = await profileName(ctx.desk().records, input.profileId);
      if (!profile)
        throw new AppError('validation', 'Choose a profile to keep the stablecoins in.', {
          field: 'profileId',
        });
      const decision = pathConfirmation(
        ctx.state.get().environment,
        isCryptoHold(input)
          ? cryptoHoldConfirmationFacts({ ...input, profile })
          : convertHoldConfirmationFacts({ ...input, profile }),
      );
      await requireConfirmation(ctx, decision.request, decision.audit);
      const body = isCryptoHold(input) ? cryptoHoldBody(input) : convertHoldBody(input);
      return enqueueIntent(ctx, 'create_rule', body, 'rule.create', decision.audit);
    },
    deleteRule: async ({ id }: { id: string }) => {
      requireCapability(ctx, 'rules');
      const cache = ctx.desk().records;
      const rule = await ruleFacts(cache, id);
      if (!rule) throw new AppError('not_found', 'This rule is not known here.', { id });
      const account = rule.fiatAccountId
        ? await ctx.desk().live.bankAccountFacts(rule.fiatAccountId)
        : undefined;
      const decision = pathConfirmation(
        ctx.state.get().environment,
        deleteRuleConfirmationFacts(rule, account),
      );
      await requireConfirmation(ctx, decision.request, decision.audit);
      return enqueueIntent(ctx, 'delete_rule', { id }, 'rule.delete', decision.audit);
    },
    simulateDeposit: async ({ ruleId, amount }: { ruleId: string; amount: string }) => {
      const rule = await ruleFacts(ctx.desk().records, ruleId);
      if (!rule) throw new AppError('not_found', 'This rule is not known here.', { id: ruleId });
      // A Convert & Hold rule's deposit is a USD wire quoting its memo: sent as Paxos's own
      // sandbox wire (POST /sandbox/fiat-deposits), in Sandbox and Demo alike, so the rule is
      // exercised through the route a real sandbox answers, not a simulator-only control.
      if (rule.convertHold) return simulateRuleWire(ruleId, rule.convertHold.memoId, amount);
      const simulator =
        ctx.state.get().environment === 'demo' ? ctx.environments.demoSimulator : undefined;
      if (!simulator)
        throw new AppError(
          'validation',
          'Deposits can only be simulated in the Demo environment.',
          { field: 'ruleId' },
        );
      (await simulator).control.injectDeposit({ rule_id: ruleId, amount });
      await ctx
        .desk()
        .record({ action: 'demo.simulate_deposit', outcome: 'info', details: { ruleId, amount } });
      readSoon();
      return { done: true as const };
    },
  };
}
