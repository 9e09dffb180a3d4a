// What an operator can do and see, by area: the one service the bridge's handler table calls
// into (main/bridge/handlers/operation-handlers.ts). Each area keeps main's own checks and
// confirmations; none of them is reachable from the renderer except through the table.
import type { RuntimeInfo } from './app-state-operations';
import { createActivityOperations } from './activity-operations';
import { createAppStateOperations } from './app-state-operations';
import { createBankAccountOperations } from './bank-account-operations';
import { createConversionOperations } from './conversion-operations';
import { createDemoOperations } from './demo-operations';
import { createIntentOperations } from './intent-operations';
import { createLockOperations } from './lock-operations';
import { createMoneyInOperations } from './money-in-operations';
import type { OperatorContext } from './operator-context';
import { createRedemptionOperations } from './redemption-operations';
import { createFiatWithdrawalOperations } from './fiat-withdrawal-operations';
import { createRuleOperations } from './rule-operations';
import { createSettingsOperations } from './settings-operations';
import { createSigningOperations } from './signing-operations';
import { createStatementOperations } from './statement-operations';

export function createOperator(ctx: OperatorContext, runtimeInfo: RuntimeInfo) {
  return {
    appState: createAppStateOperations(runtimeInfo, ctx.state),
    settings: createSettingsOperations(ctx),
    signing: createSigningOperations(ctx),
    lock: createLockOperations(ctx),
    bankAccounts: createBankAccountOperations(ctx),
    redemptions: createRedemptionOperations(ctx),
    conversions: createConversionOperations(ctx),
    fiatWithdrawals: createFiatWithdrawalOperations(ctx),
    rules: createRuleOperations(ctx),
    activity: createActivityOperations(ctx),
    intents: createIntentOperations(ctx),
    demo: createDemoOperations(ctx),
    statements: createStatementOperations(ctx),
    moneyIn: createMoneyInOperations(ctx),
  };
}

export type Operator = ReturnType<typeof createOperator>;
