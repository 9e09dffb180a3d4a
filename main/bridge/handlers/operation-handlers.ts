// The bridge's handlers: one line per contract operation, each a call into the operator's
// service (main/operator/). Validation, result stripping and error mapping happen around them
// in handler-table.ts; what each operation does, checks and confirms lives in main/operator/.
import type { Operator } from '../../operator/operator';
import type { OperationHandlers } from '../handler-table';

export function createOperationHandlers({
  appState,
  settings,
  signing,
  lock,
  bankAccounts,
  redemptions,
  conversions,
  fiatWithdrawals,
  rules,
  activity,
  intents,
  demo,
  statements,
  moneyIn,
}: Operator): OperationHandlers {
  return {
    getAppInfo: () => appState.getAppInfo(),
    getState: () => appState.getState(),

    switchEnvironment: (input) => settings.switchEnvironment(input),
    completeOnboarding: () => settings.completeOnboarding(),
    testCredentials: (input) => settings.testCredentials(input),
    saveCredentials: (input) => settings.saveCredentials(input),
    forgetCredentials: (input) => settings.forgetCredentials(input),
    createSigningKey: (input) => signing.createSigningKey(input),
    turnOnRequestSigning: (input) => signing.turnOnRequestSigning(input),
    turnOffRequestSigning: (input) => signing.turnOffRequestSigning(input),
    updateSettings: (input) => settings.updateSettings(input),
    refreshNow: () => settings.refreshNow(),
    rebuildCache: () => settings.rebuildCache(),

    lock: () => lock.lock(),
    unlock: (input) => lock.unlock(input),
    setPasscode: (input) => lock.setPasscode(input),
    resetPasscode: (input) => lock.resetPasscode(input),

    getFiatAccount: (input) => bankAccounts.getFiatAccount(input),
    createFiatAccount: (input) => bankAccounts.createFiatAccount(input),
    updateFiatAccount: (input) => bankAccounts.updateFiatAccount(input),
    deleteFiatAccount: (input) => bankAccounts.deleteFiatAccount(input),
    renameBankAccount: (input) => bankAccounts.renameBankAccount(input),

    reviewRedemption: (input) => redemptions.reviewRedemption(input),
    submitRedemption: (input) => redemptions.submitRedemption(input),
    reviewConversion: (input) => conversions.reviewConversion(input),
    submitConversion: (input) => conversions.submitConversion(input),
    reviewFiatWithdrawal: (input) => fiatWithdrawals.reviewFiatWithdrawal(input),
    submitFiatWithdrawal: (input) => fiatWithdrawals.submitFiatWithdrawal(input),

    createRule: (input) => rules.createRule(input),
    createConvertHoldRule: (input) => rules.createConvertHoldRule(input),
    deleteRule: (input) => rules.deleteRule(input),
    simulateDeposit: (input) => rules.simulateDeposit(input),
    decideDemoApproval: (input) => demo.decideDemoApproval(input),
    setDemoApprovals: (input) => demo.setDemoApprovals(input),

    getWireInstructions: (input) => moneyIn.getWireInstructions(input),
    saveWireInstructionsSheet: (input) => moneyIn.saveWireInstructionsSheet(input),
    noteExpectedWire: (input) => moneyIn.noteExpectedWire(input),
    removeExpectedWire: (input) => moneyIn.removeExpectedWire(input),
    simulateIncomingWire: (input) => moneyIn.simulateIncomingWire(input),

    queryActivity: (input) => activity.queryActivity(input),
    summarizeActivity: (input) => activity.summarizeActivity(input),
    getOrchestration: (input) => activity.getOrchestration(input),
    exportActivityCsv: (input) => activity.exportActivityCsv(input),
    cancelExport: () => activity.cancelExport(),
    getMonthlyStatement: (input) => statements.getMonthlyStatement(input),
    exportStatementCsv: (input) => statements.exportStatementCsv(input),
    exportStatementPdf: (input) => statements.exportStatementPdf(input),
    cancelIntent: (input) => activity.cancelIntent(input),
    confirmIntent: (input) => activity.confirmIntent(input),
    getAuditLog: (input) => activity.getAuditLog(input),

    abandonIntent: (input) => intents.abandonIntent(input),
    retryNow: () => intents.retryNow(),
  };
}
