// Totals of the Activity rows a filter selects, computed by main over the whole filtered set
// (not the page on screen): how many, USD by status, and the daily redeemed volume per asset.
import { z } from 'zod';

const decimal = z.string().regex(/^\d+(\.\d+)?$/);

export const ActivityStatusTotalSchema = z.object({
  /** Paxos's status (open enum): COMPLETED, PROCESSING, FAILED, or anything new. */
  status: z.string(),
  count: z.number().int().nonnegative(),
  /** USD at par (stablecoins redeem 1:1 for USD at Paxos), as a decimal string. */
  usd: decimal,
});

export const ActivityDayVolumeSchema = z.object({
  /** Local calendar day of creation, YYYY-MM-DD. */
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  asset: z.string(),
  /** Redeemed (completed or still in flight; failed excluded) that day in this asset. */
  amount: decimal,
});

export const ActivitySummarySchema = z.object({
  count: z.number().int().nonnegative(),
  byStatus: z.array(ActivityStatusTotalSchema),
  /** Sorted by day, then asset; only days with redemptions. */
  days: z.array(ActivityDayVolumeSchema),
  /** True when only the newest rows were summed (more than main sums for one screen). */
  capped: z.boolean().optional(),
  asOf: z.string().nullable(),
});

export type ActivityStatusTotal = z.infer<typeof ActivityStatusTotalSchema>;
export type ActivityDayVolume = z.infer<typeof ActivityDayVolumeSchema>;
export type ActivitySummary = z.infer<typeof ActivitySummarySchema>;
