// What an operator can do and see, by area: the one service the bridge's handler table calls
// into (main/bridge/handlers/operation-handlers.ts). Each area keeps main's own checks and
// confirmations; none of them is reachable from the renderer except through the table.
import type { RuntimeInfo } from './app-operations';
import { createActivityOperations } from './activity-operations';
import { createAppOperations } from './app-operations';
import { createBankAccountOperations } from './bank-account-operations';
import { createLockOperations } from './lock-operations';
import type { OperatorContext } from './operator-context';
import { createOutboxDecisionOperations } from './outbox-decision-operations';
import { createRedemptionOperations } from './redemption-operations';
import { createRuleOperations } from './rule-operations';
import { createSettingsOperations } from './settings-operations';

export function createOperator(ctx: OperatorContext, runtimeInfo: RuntimeInfo) {
  return {
    app: createAppOperations(runtimeInfo, ctx.state),
    settings: createSettingsOperations(ctx),
    lock: createLockOperations(ctx),
    bankAccounts: createBankAccountOperations(ctx),
    redemptions: createRedemptionOperations(ctx),
    rules: createRuleOperations(ctx),
    activity: createActivityOperations(ctx),
    outbox: createOutboxDecisionOperations(ctx),
  };
}

export type Operator = ReturnType<typeof createOperator>;
