// The names of every bridge operation and pushed event. Kept apart from the zod contract so the
// preload bundle stays tiny; `contract.ts` is typed so the two lists cannot drift apart.
export const operationNames = [
  'getAppInfo',
  'getState',
  'switchEnvironment',
  'completeOnboarding',
  'testCredentials',
  'saveCredentials',
  'forgetCredentials',
  'createSigningKey',
  'turnOnRequestSigning',
  'turnOffRequestSigning',
  'updateSettings',
  'refreshNow',
  'rebuildCache',
  'getFiatAccount',
  'createFiatAccount',
  'updateFiatAccount',
  'deleteFiatAccount',
  'renameBankAccount',
  'reviewRedemption',
  'submitRedemption',
  'reviewConversion',
  'submitConversion',
  'reviewFiatWithdrawal',
  'submitFiatWithdrawal',
  'createRule',
  'createConvertHoldRule',
  'deleteRule',
  'simulateDeposit',
  'decideDemoApproval',
  'setDemoApprovals',
  'getWireInstructions',
  'saveWireInstructionsSheet',
  'noteExpectedWire',
  'removeExpectedWire',
  'simulateIncomingWire',
  'queryActivity',
  'summarizeActivity',
  'getOrchestration',
  'exportActivityCsv',
  'cancelExport',
  'getMonthlyStatement',
  'exportStatementCsv',
  'exportStatementPdf',
  'cancelIntent',
  'confirmIntent',
  'abandonIntent',
  'retryNow',
  'getAuditLog',
  'lock',
  'unlock',
  'setPasscode',
  'resetPasscode',
] as const;
export type OperationName = (typeof operationNames)[number];

export const eventNames = ['state', 'openItem'] as const;
export type EventName = (typeof eventNames)[number];

export const operationChannel = (name: OperationName): string => `treasury:op:${name}`;
export const eventChannel = (name: EventName): string => `treasury:event:${name}`;

/** `state` → `onState`: the preload exposes one subscribe method per event. */
export const subscribeMethodName = (name: EventName): `on${Capitalize<EventName>}` =>
  `on${name.charAt(0).toUpperCase()}${name.slice(1)}` as `on${Capitalize<EventName>}`;
