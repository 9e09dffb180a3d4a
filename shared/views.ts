// What the renderer shows: app-level views of Paxos objects, built in main from the cache.
// They are small (no full account numbers, no owner addresses unless asked for), stamped with
// the time main last saw them from Paxos (`fetchedAt`), and every status is an open string.
import { z } from 'zod';
import { BridgeErrorSchema } from './app-error';
import { ORCHESTRATION_KINDS } from './paxos/orchestration-kind';
import { STATUS_OUTCOMES } from './paxos/status-meanings';

const iso = z.string();
const status = z.string();

const outcome = z.enum(STATUS_OUTCOMES);

export const BalanceViewSchema = z.object({
  asset: z.string(),
  available: z.string(),
  trading: z.string(),
});
export const ProfileViewSchema = z.object({
  id: z.string(),
  nickname: z.string(),
  type: z.string(),
  balances: z.array(BalanceViewSchema),
  fetchedAt: iso,
});

export const FiatAccountViewSchema = z.object({
  id: z.string(),
  refId: z.string().optional(),
  status,
  label: z.string(),
  /** Labels this account has had here, oldest first (see shared/account-label.ts); only when renamed. */
  labelHistory: z.array(z.object({ label: z.string(), since: iso.optional() })).optional(),
  ownerName: z.string(),
  network: z.string(),
  routingType: z.string().optional(),
  routingNumber: z.string().optional(),
  bankName: z.string().optional(),
  accountNumberMasked: z.string(),
  createdAt: iso.optional(),
  updatedAt: iso.optional(),
  fetchedAt: iso,
});

export const RuleViewSchema = z.object({
  id: z.string(),
  refId: z.string().optional(),
  nickname: z.string().optional(),
  profileId: z.string().optional(),
  status,
  /** The status in the operator's words ("Awaiting approval at Paxos: do not send funds yet"). */
  statusLabel: z.string(),
  /** Only an ACTIVE rule converts deposits: show its address (QR, copy) as usable only then. */
  takesDeposits: z.boolean(),
  sourceAsset: z.string().optional(),
  destinationAsset: z.string().optional(),
  network: z.string().optional(),
  depositAddress: z.string().optional(),
  fiatAccountId: z.string().optional(),
  memo: z.string().optional(),
  /**
   * Convert & Hold (USD wires in): the memo a sending bank must quote and the deposit
   * instructions it belongs to. Given only while the rule is ACTIVE: a PENDING rule's memo must
   * not be handed to a bank (a wire quoting it would stay USD, or wait for manual matching).
   */
  wireMemoId: z.string().optional(),
  depositInstructionsId: z.string().optional(),
  /** Where a Convert & Hold rule keeps what it converts. */
  destinationProfileId: z.string().optional(),
  /** Set for a USD-wire (Convert & Hold) rule, whatever its status. */
  convertsWires: z.boolean().optional(),
  /** Set for a crypto-deposit Convert & Hold rule (its address converts into a profile). */
  holdsDeposits: z.boolean().optional(),
  createdAt: iso.optional(),
  fetchedAt: iso,
});

export const LegViewSchema = z.object({ transferId: z.string().optional(), status });
export const OrchestrationViewSchema = z.object({
  id: z.string(),
  refId: z.string().optional(),
  status,
  /** The status in the operator's words: Paxos's own text for a status no document names. */
  statusLabel: z.string(),
  /** How it counts: REJECTED is filed with the failures, an unknown status stays in flight. */
  outcome,
  /** What it does, read from the record, for orchestrations made anywhere on the account. */
  kind: z.enum(ORCHESTRATION_KINDS),
  kindLabel: z.string(),
  sourceAsset: z.string().optional(),
  destinationAsset: z.string().optional(),
  sourceAmount: z.string().optional(),
  /**
   * USD the wire delivered, once Paxos reports the redemption COMPLETED: its `destination_amount`
   * when it sends one, otherwise the source amount (stablecoins redeem 1:1 for USD, no fee).
   */
  usdReceived: z.string().optional(),
  profileId: z.string().optional(),
  fiatAccountId: z.string().optional(),
  memo: z.string().optional(),
  ruleId: z.string().optional(),
  failReason: z.string().optional(),
  sourceLeg: LegViewSchema.optional(),
  destinationLeg: LegViewSchema.optional(),
  createdAt: iso.optional(),
  updatedAt: iso.optional(),
  fetchedAt: iso,
});

export const TransferViewSchema = z.object({
  id: z.string(),
  type: z.string(),
  status,
  direction: z.string().optional(),
  asset: z.string().optional(),
  amount: z.string().optional(),
  fee: z.string().optional(),
  total: z.string().optional(),
  memo: z.string().optional(),
  createdAt: iso.optional(),
  updatedAt: iso.optional(),
});

export const intentKinds = [
  'create_orchestration',
  'create_conversion',
  'create_rule',
  'create_fiat_account',
  'update_fiat_account',
  'delete_fiat_account',
  'delete_rule',
] as const;

export const IntentViewSchema = z.object({
  id: z.string(),
  kind: z.string(),
  refId: z.string(),
  state: z.string(),
  /** One line for lists: "Redeem 25,000.00 USDC → Operating (…4512)". */
  summary: z.string(),
  createdAt: iso,
  updatedAt: iso,
  attempts: z.number().int().nonnegative(),
  lastError: BridgeErrorSchema.optional(),
  /** Set when the intent must be confirmed again before it is sent, with the reason why. */
  confirmationNeeded: z.string().optional(),
  paxosId: z.string().optional(),
  /** False only while the request never left this desk: then, and only then, it can be cancelled. */
  mayHaveBeenSent: z.boolean().optional(),
  /** Definite lookups at Paxos that found nothing. */
  checks: z.number().int().nonnegative().optional(),
  /** A cancelled or abandoned request that was later seen at Paxos. */
  alert: z.string().optional(),
  /** What Paxos stated when it ended, in words (a wire out: to the bank, its fee, debited). */
  outcome: z.string().optional(),
});

export const AuditEntryViewSchema = z.object({
  at: iso,
  user: z.string(),
  action: z.string(),
  environment: z.string(),
  refId: z.string().optional(),
  outcome: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});

export type BalanceView = z.infer<typeof BalanceViewSchema>;
export type ProfileView = z.infer<typeof ProfileViewSchema>;
export type FiatAccountView = z.infer<typeof FiatAccountViewSchema>;
export type RuleView = z.infer<typeof RuleViewSchema>;
export type OrchestrationView = z.infer<typeof OrchestrationViewSchema>;
export type TransferView = z.infer<typeof TransferViewSchema>;
export type IntentView = z.infer<typeof IntentViewSchema>;
export type AuditEntryView = z.infer<typeof AuditEntryViewSchema>;
