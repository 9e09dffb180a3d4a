// What the operator reads before a conversion between profiles (a mint now; issue 26's
// conversions next): amount in and out, the rate as Paxos states it (or that it does not), the
// precision and what is cut, both profiles, the limits inside Paxos, the environment.
import { z } from 'zod';

const end = z.object({
  profileId: z.string(),
  nickname: z.string(),
  asset: z.string(),
});

export const ConversionReviewSchema = z.object({
  environment: z.string(),
  /** 'mint', 'redeem_to_cash' or 'conversion' (shared/conversion.ts). */
  kind: z.string(),
  from: end.extend({ available: z.string(), balanceAfter: z.string() }),
  to: end.extend({ sameProfile: z.boolean() }),
  /** What leaves the source profile. */
  amount: z.string(),
  /** What the destination profile should be credited: 1:1 at `precision` decimals. */
  receive: z.string(),
  /** Decimal places Paxos keeps for the pair (the fewer of the two). */
  precision: z.number().int(),
  /** What the precision cuts off (0 when nothing). */
  remainder: z.string(),
  rate: z.string(),
  /** False where Paxos publishes no rate for the pair ("rate not stated by Paxos"). */
  rateStated: z.boolean(),
  terms: z.string(),
  overPerConversionLimit: z.boolean(),
  overDailyConversionLimit: z.boolean(),
  /** Today's conversions inside Paxos before and with this one, against their daily limit. */
  today: z.object({ convertedUsd: z.string(), afterUsd: z.string(), dailyLimitUsd: z.string() }),
  perConversionLimitUsd: z.string(),
  warnings: z.array(z.string()),
  nextSteps: z.array(z.string()),
  willQueue: z.boolean(),
});
export type ConversionReview = z.infer<typeof ConversionReviewSchema>;
