// A monthly statement of one profile: per asset, the opening balance, every movement the desk
// knows, fees and the closing balance, reconciled with the balance Paxos reports. Built in main
// (main/desk/statements/), shown by the renderer as a print view, saved as CSV and PDF.
import { z } from 'zod';

/** A calendar month in UTC, as Paxos's timestamps are: "2026-12". */
export const StatementMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

export const StatementInputSchema = z.strictObject({
  profileId: z.string().min(1).max(100),
  month: StatementMonthSchema,
});
export type StatementInput = z.infer<typeof StatementInputSchema>;

const amount = z.string();

export const StatementMovementSchema = z.object({
  /** When the balance moved (Paxos's time): created for a debit, updated for a return or credit. */
  at: z.string(),
  /** "Redemption to a bank", "Returned (failed)", "Conversion into this profile", "Wire fee". */
  what: z.string(),
  /** Where it went or came from, in the desk's words ("Operating account ••6789"). */
  detail: z.string().optional(),
  status: z.string(),
  /** Signed, with the asset's fixed decimals: "-40000.000000". */
  amount,
  balanceAfter: amount,
  orchestrationId: z.string(),
  refId: z.string().optional(),
});

export const StatementAssetSchema = z.object({
  asset: z.string(),
  opening: amount,
  credits: amount,
  /** Positive: what left the profile, fees apart. */
  debits: amount,
  fees: amount,
  closing: amount,
  movements: z.array(StatementMovementSchema),
  /** The balance Paxos reports (available + trading) when the statement was made. */
  paxosBalance: amount,
  /** Sum of the movements after the month's end up to the Paxos reading (closing = reported − this). */
  afterPeriod: amount,
  reconciliation: z.object({
    /** The desk's previous reading of this balance and its time (undefined: none). */
    earlierReading: amount.optional(),
    earlierAt: z.string().optional(),
    /** Earlier reading + the movements the desk knows since. */
    expected: amount.optional(),
    /** Paxos's balance − expected: movements Paxos made that this desk's history lacks. */
    difference: amount.optional(),
    /** Words for the operator: "Agrees", or what the difference means, or why not checked. */
    verdict: z.string(),
    agrees: z.boolean().optional(),
  }),
});

export const StatementViewSchema = z.object({
  environment: z.string(),
  environmentLabel: z.string(),
  profileId: z.string(),
  profileName: z.string(),
  month: StatementMonthSchema,
  periodStart: z.string(),
  periodEnd: z.string(),
  generatedAt: z.string(),
  /** Where the balances came from: read from Paxos now, or the desk's last reading (offline). */
  balancesFrom: z.enum(['paxos_now', 'last_reading']),
  balancesAsOf: z.string().optional(),
  /** How opening and closing are derived, printed on the statement. */
  method: z.array(z.string()),
  assets: z.array(StatementAssetSchema),
});

export type StatementMovement = z.infer<typeof StatementMovementSchema>;
export type StatementAsset = z.infer<typeof StatementAssetSchema>;
export type StatementView = z.infer<typeof StatementViewSchema>;
