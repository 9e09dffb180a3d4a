// The bridge contract: every operation the renderer may ask main for, with the zod schema of
// its input and of its result, and every event main pushes. `main/ipc.ts` validates against
// it, the preload exposes exactly these names, and the renderer's types come from here.
import { z } from 'zod';
import type { BridgeResult } from './result';
import type { EventName, OperationName } from './bridge-names';
import { ActivitySummarySchema } from './activity-summary';
import { MovementDetailsSchema } from './movement-details';
import { StatementInputSchema, StatementViewSchema } from './statement';
import { AppInfoSchema } from './app-info';
import { OwnerLookupSchema } from './beneficiary';
import { ConversionReviewSchema } from './conversion-review';
import * as input from './operation-inputs';
import * as moneyIn from './money-in';
import { FiatWithdrawalInput } from './fiat-withdrawal';
import { SettingsPatchSchema, SettingsSchema } from './settings';
import {
  CredentialsStatusSchema,
  NoticeTargetSchema,
  StateDeltaSchema,
  StateSnapshotSchema,
} from './state';
import {
  AuditEntryViewSchema,
  FiatAccountViewSchema,
  IntentViewSchema,
  OrchestrationViewSchema,
  TransferViewSchema,
} from './views';

/** No input: the renderer calls `op()`; anything else it sends is a validation error. */
const NoInput = z.undefined();
const Done = z.object({ done: z.literal(true) });

export const RedemptionReviewSchema = z.object({
  environment: z.string(),
  profile: z.object({ id: z.string(), nickname: z.string() }),
  asset: z.string(),
  amount: z.string(),
  available: z.string(),
  destination: z.object({
    id: z.string(),
    bankName: z.string(),
    accountNumberMasked: z.string(),
    label: z.string(),
  }),
  memo: z.string().optional(),
  overPerRedemptionLimit: z.boolean(),
  overDailyLimit: z.boolean(),
  /** Things the operator should read before confirming, in plain words. */
  warnings: z.array(z.string()),
  /** What happens after confirming, step by step. */
  nextSteps: z.array(z.string()),
  willQueue: z.boolean(),
  /** What arrives at the bank, and on what terms (as Paxos states them). */
  receive: z.object({
    amountUsd: z.string(),
    rate: z.string(),
    terms: z.string(),
    /**
     * An international (SWIFT) wire: what may reduce what arrives (intermediary and receiving-bank
     * fees, conversion at the receiving bank). Absent for a domestic Fedwire.
     */
    mayArriveLess: z.string().optional(),
  }),
  balanceAfter: z.string(),
  /** Today's redemptions in USD before and with this one, against the daily soft limit. */
  today: z.object({ redeemedUsd: z.string(), afterUsd: z.string(), dailyLimitUsd: z.string() }),
  beneficiary: z.object({
    /** The owner's name as Paxos states it; '' when it does not (see ownerText). */
    ownerName: z.string(),
    /** What to show as the beneficiary: the name, or plainly why there is none (shared/beneficiary). */
    ownerText: z.string(),
    bankName: z.string().optional(),
    routingType: z.string().optional(),
    routingNumber: z.string().optional(),
    accountNumberMasked: z.string(),
    approvedSince: z.string().optional(),
  }),
  /** Days are "YYYY-MM-DD" in New York; see main/desk/wires/wire-arrival.ts. */
  arrival: z.object({
    rail: z.enum(['fedwire', 'swift']),
    sendDay: z.string(),
    waitsForNextBusinessDay: z.boolean(),
    earliest: z.string(),
    latest: z.string(),
    minBusinessDays: z.number().int(),
    maxBusinessDays: z.number().int(),
    cutoffHourEt: z.number().int(),
    holidays: z.array(z.object({ day: z.string(), name: z.string() })),
  }),
});

/**
 * Wire out USD cash: the redemption's review (beneficiary, routing, last 4, arrival window,
 * today's wires against the daily limit) with the fee mode in words instead of the coin.
 */
export const FiatWithdrawalReviewSchema = RedemptionReviewSchema.omit({
  asset: true,
  overPerRedemptionLimit: true,
}).extend({
  feeMode: z.enum(['on_top', 'deducted']),
  /** "send exactly 1,000.00 USD, fee on top" or "debit exactly 1,000.00 USD, fee deducted". */
  feeModeText: z.string(),
});

export const operations = {
  getAppInfo: { input: NoInput, output: AppInfoSchema },
  getState: { input: NoInput, output: StateSnapshotSchema },
  switchEnvironment: { input: input.SwitchEnvironmentInput, output: StateSnapshotSchema },
  completeOnboarding: { input: NoInput, output: Done },
  testCredentials: {
    input: input.CredentialsInput,
    output: z.object({ grantedScopes: z.array(z.string()), missingScopes: z.array(z.string()) }),
  },
  saveCredentials: { input: input.SaveCredentialsInput, output: CredentialsStatusSchema },
  forgetCredentials: { input: input.ForgetCredentialsInput, output: CredentialsStatusSchema },
  /** A signing key kept beside the credential in main; its public half is shown to register. */
  createSigningKey: { input: input.CreateSigningKeyInput, output: CredentialsStatusSchema },
  /** Confirmed in main: every request of the credential is signed from now on. */
  turnOnRequestSigning: { input: input.TurnOnSigningInput, output: CredentialsStatusSchema },
  /** Confirmed in main: the key is deleted and requests go out unsigned. */
  turnOffRequestSigning: { input: input.TurnOffSigningInput, output: CredentialsStatusSchema },
  updateSettings: { input: SettingsPatchSchema, output: SettingsSchema },
  refreshNow: { input: NoInput, output: Done },
  /** Empties the local cache and loads it again from Paxos (never touches the outbox). */
  rebuildCache: {
    input: NoInput,
    output: z.object({
      /** Orchestrations held once the rebuild's sync ended. */
      orchestrations: z.number().int().nonnegative(),
      /** When Paxos's full list was last stored; null when the sync did not reach Paxos. */
      asOf: z.string().nullable(),
    }),
  },
  getFiatAccount: {
    input: input.ByIdInput,
    output: FiatAccountViewSchema.extend({
      details: z.record(z.string(), z.unknown()),
      /** Who owns it as far as Paxos says, or that Paxos could not be asked (shared/beneficiary). */
      owner: OwnerLookupSchema.optional(),
    }),
  },
  createFiatAccount: { input: input.NewFiatAccountInput, output: IntentViewSchema },
  updateFiatAccount: { input: input.UpdateFiatAccountRequest, output: IntentViewSchema },
  deleteFiatAccount: { input: input.ByIdInput, output: IntentViewSchema },
  renameBankAccount: { input: input.RenameBankAccountInput, output: FiatAccountViewSchema },
  reviewRedemption: { input: input.RedemptionInput, output: RedemptionReviewSchema },
  submitRedemption: { input: input.RedemptionInput, output: IntentViewSchema },
  /** A conversion between profiles (a mint: USD → a stablecoin), reviewed from main's facts. */
  reviewConversion: { input: input.ConversionInput, output: ConversionReviewSchema },
  submitConversion: { input: input.ConversionInput, output: IntentViewSchema },
  reviewFiatWithdrawal: { input: FiatWithdrawalInput, output: FiatWithdrawalReviewSchema },
  submitFiatWithdrawal: { input: FiatWithdrawalInput, output: IntentViewSchema },
  createRule: { input: input.RuleInput, output: IntentViewSchema },
  /** Convert & Hold: USD wires quoting the rule's memo become a stablecoin in the profile. */
  createConvertHoldRule: { input: input.ConvertHoldRuleInput, output: IntentViewSchema },
  deleteRule: { input: input.ByIdInput, output: IntentViewSchema },
  simulateDeposit: { input: input.SimulateDepositInput, output: Done },
  /** Demo only: approve or reject a redemption or rule waiting at the built-in Paxos. */
  decideDemoApproval: { input: input.DecideDemoApprovalInput, output: Done },
  /** Demo only: set how the built-in Paxos approves; answers the modes now in force. */
  setDemoApprovals: {
    input: input.SetDemoApprovalsInput,
    output: z.object({
      orchestrations: input.DemoApprovalModeSchema,
      rules: input.DemoApprovalModeSchema,
    }),
  },
  /** Money in: a profile's wire instructions (made once at Paxos, reused; DEPRECATED never shown). */
  getWireInstructions: {
    input: moneyIn.WireInstructionsInput,
    output: moneyIn.WireInstructionsViewSchema,
  },
  /** Prints the window (showing the sheet's print view) to a PDF and saves it. */
  saveWireInstructionsSheet: {
    input: moneyIn.WireInstructionsInput,
    output: z.object({ saved: z.boolean(), path: z.string().optional() }),
  },
  noteExpectedWire: {
    input: moneyIn.ExpectedWireInput,
    output: z.object({ id: z.string(), memoId: z.string() }),
  },
  removeExpectedWire: { input: input.ByIdInput, output: Done },
  /** Sandbox and Demo: Paxos's sandbox wire quoting the profile's memo. */
  simulateIncomingWire: {
    input: moneyIn.SimulateIncomingWireInput,
    output: z.object({ memoId: z.string() }),
  },
  queryActivity: {
    input: input.ActivityQueryInput,
    output: z.object({
      /** Rows matching the filter; with totalCapped, "at least this many" (shown as "10,000+"). */
      total: z.number().int(),
      rows: z.array(OrchestrationViewSchema),
      asOf: z.string().nullable(),
      /** Set when a filtered count stopped at the cap (10,000) rather than count every match. */
      totalCapped: z.boolean().optional(),
      /** Set when the search text is shorter than the index serves (2 characters): ask for more. */
      searchTooShort: z.boolean().optional(),
      /** After the last row: the window below passes it as `after` rather than seek its offset. */
      endCursor: z.string().optional(),
    }),
  },
  /** Count, USD by status and daily volume per asset of every row the filter selects. */
  summarizeActivity: { input: input.ActivityFilterSchema, output: ActivitySummarySchema },
  getOrchestration: {
    input: input.ByIdInput,
    output: z.object({
      orchestration: OrchestrationViewSchema,
      transfers: z.array(TransferViewSchema),
      /** The statement facts, as the CSV writes them (shared/movement-details.ts); main always sends them. */
      details: MovementDetailsSchema.optional(),
    }),
  },
  exportActivityCsv: {
    input: input.ActivityFilterSchema,
    output: z.object({ path: z.string(), rows: z.number().int() }),
  },
  /** A profile's monthly statement (shared/statement.ts), made in main. */
  getMonthlyStatement: { input: StatementInputSchema, output: StatementViewSchema },
  exportStatementCsv: { input: StatementInputSchema, output: z.object({ path: z.string() }) },
  /** Main prints the window (the statement's print view, shown by the renderer) to a PDF. */
  exportStatementPdf: { input: StatementInputSchema, output: z.object({ path: z.string() }) },
  /** Stop the CSV export being written; its partial file is removed. */
  cancelExport: { input: NoInput, output: z.object({ cancelled: z.boolean() }) },
  cancelIntent: { input: input.ByIdInput, output: IntentViewSchema },
  confirmIntent: { input: input.ByIdInput, output: IntentViewSchema },
  /** Give up a request that may have reached Paxos; main first checks Paxos (found → it follows it). */
  abandonIntent: { input: input.ByIdInput, output: IntentViewSchema },
  /** End a 429 cool-down for one attempt now. */
  retryNow: { input: NoInput, output: Done },
  getAuditLog: {
    input: input.AuditPageInput,
    output: z.object({ entries: z.array(AuditEntryViewSchema), nextBefore: z.string().optional() }),
  },
  lock: { input: NoInput, output: Done },
  unlock: { input: input.UnlockInput, output: Done },
  setPasscode: { input: input.SetPasscodeInput, output: Done },
  resetPasscode: { input: input.ResetPasscodeInput, output: Done },
} satisfies Record<OperationName, { input: z.ZodType; output: z.ZodType }>;

export const events = {
  state: StateDeltaSchema,
  /** The operator clicked a notification: show this item (a recent notice in the window opens the same). */
  openItem: NoticeTargetSchema,
} satisfies Record<EventName, z.ZodType>;

export type Operations = typeof operations;
export type OperationInput<K extends OperationName> = z.input<Operations[K]['input']>;
export type OperationOutput<K extends OperationName> = z.output<Operations[K]['output']>;
export type EventPayload<K extends EventName> = z.output<(typeof events)[K]>;
export type RedemptionReview = z.infer<typeof RedemptionReviewSchema>;

type OperationMethod<K extends OperationName> =
  undefined extends OperationInput<K>
    ? (input?: OperationInput<K>) => Promise<BridgeResult<OperationOutput<K>>>
    : (input: OperationInput<K>) => Promise<BridgeResult<OperationOutput<K>>>;

type SubscribeMethods = {
  [K in EventName as `on${Capitalize<K>}`]: (
    listener: (payload: EventPayload<K>) => void,
  ) => () => void;
};

/** What the preload puts on `window.treasury`: exactly this, nothing else. */
export type TreasuryApi = { [K in OperationName]: OperationMethod<K> } & SubscribeMethods;
