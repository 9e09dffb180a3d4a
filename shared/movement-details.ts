// One movement as a bank statement is reconciled against it: the same facts, in the same order
// and under the same names, in the Activity CSV (a column each) and in the detail drawer (a row
// each, `data-column` = the CSV column). Built once in main (main/desk/activity/movement-details.ts)
// from the orchestration, its transfer legs as Paxos reports them and the desk's labels, so the
// file and the screen cannot disagree.
//
// What Paxos gives (OpenAPI 2026-07): the Orchestration carries created_at/updated_at, status,
// fail_reason, source_amount and the legs' ids, and no fee and no settled time; each Transfer leg
// carries amount, fee, total, created_at, updated_at, status and, for a crypto deposit,
// crypto_tx_hash. No bank wire reference (IMAD/OMAD) exists anywhere in the API.
import { z } from 'zod';

const text = z.string().optional();

export const LEGS_READ = ['read', 'not_read', 'none'] as const;

export const MovementDetailsSchema = z.object({
  createdAt: text,
  /** When Paxos started the wire (its destination leg was created); needs the leg. */
  sentAt: text,
  /** When Paxos reported it completed: the completed wire leg's last update, else the orchestration's. */
  settledAt: text,
  kind: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  reason: text,
  asset: text,
  /** With the asset's fixed decimals (shared/fixed-decimals.ts). */
  amount: text,
  usd: text,
  /** The wire leg's fee, in the leg's asset; '' until the leg is read. */
  fee: text,
  feeAsset: text,
  /** The source leg's fee, in the source asset. */
  sourceFee: text,
  beneficiary: text,
  bankName: text,
  routing: text,
  last4: text,
  destination: text,
  profile: text,
  orchestrationId: z.string(),
  sourceTransferId: text,
  destinationTransferId: text,
  memo: text,
  refId: text,
  /** The on-chain hash of the deposit a rule redeemed (its source leg's crypto_tx_hash). */
  depositTxHash: text,
  /** Whether the legs were read from Paxos ('none': the orchestration has no leg ids yet). */
  legs: z.enum(LEGS_READ),
});
export type MovementDetails = z.infer<typeof MovementDetailsSchema>;

/** [field, CSV column, the drawer's label], in statement order. */
export const MOVEMENT_COLUMNS: readonly (readonly [keyof MovementDetails, string, string])[] = [
  ['createdAt', 'created_at', 'Created'],
  ['sentAt', 'sent_at', 'Wire sent'],
  ['settledAt', 'settled_at', 'Settled'],
  ['kind', 'kind', 'Kind'],
  ['status', 'status', 'Status code'],
  ['statusLabel', 'status_label', 'Status'],
  ['reason', 'fail_reason', 'Reason'],
  ['asset', 'source_asset', 'Asset'],
  ['amount', 'source_amount', 'Amount'],
  ['usd', 'usd_amount', 'USD'],
  ['fee', 'fee', 'Wire fee'],
  ['feeAsset', 'fee_asset', 'Fee asset'],
  ['sourceFee', 'source_fee', 'Source fee'],
  ['beneficiary', 'beneficiary', 'Beneficiary'],
  ['bankName', 'bank_name', 'Bank'],
  ['routing', 'routing_number', 'Routing'],
  ['last4', 'destination_last4', 'Account last 4'],
  ['destination', 'destination_label', 'Bank account'],
  ['profile', 'profile_name', 'Profile'],
  ['memo', 'memo', 'Memo'],
  ['refId', 'ref_id', 'ref_id'],
  ['orchestrationId', 'orchestration_id', 'Orchestration id'],
  ['sourceTransferId', 'source_transfer_id', 'Source transfer id'],
  ['destinationTransferId', 'destination_transfer_id', 'Wire transfer id'],
  ['depositTxHash', 'deposit_tx_hash', 'Deposit transaction'],
  ['legs', 'transfer_legs', 'Transfer legs'],
];

/** Said where the bank's own wire reference would be: Paxos reports none. */
export const NO_IMAD_NOTE = "Paxos does not report the bank's wire reference (IMAD)";
