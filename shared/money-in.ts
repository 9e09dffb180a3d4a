// Money in, as the bridge carries it: Paxos's wire instructions for a profile, the incoming
// wires (WIRE_DEPOSIT transfers) and the wires the operator expects, with the inputs of the
// operations that read or note them. Statuses are open strings, as everywhere.
import { z } from 'zod';
import { checkAmount } from './money';

const iso = z.string();
const id = z.string().min(1).max(200);
export const RoutingTypeSchema = z.enum(['ABA', 'SWIFT']);
export type RoutingType = z.infer<typeof RoutingTypeSchema>;

const usdAmount = z
  .string()
  .max(40)
  .refine((v) => checkAmount(v, 'USD').ok, 'must be a positive USD amount with at most 2 decimals');

/** What the sending bank needs, and the memo it must quote. */
export const WireInstructionsViewSchema = z.object({
  id: z.string(),
  profileId: z.string(),
  profileName: z.string(),
  environmentLabel: z.string(),
  status: z.string(),
  routingType: z.string(),
  routingNumber: z.string(),
  bankName: z.string(),
  bankAddress: z.string(),
  accountNumber: z.string(),
  beneficiaryName: z.string(),
  beneficiaryAddress: z.string(),
  memoId: z.string(),
  createdAt: iso.optional(),
  fetchedAt: iso,
  /** True when Paxos was not reached and these are the instructions last read. */
  fromCache: z.boolean(),
});
export type WireInstructionsView = z.infer<typeof WireInstructionsViewSchema>;

export const IncomingWireViewSchema = z.object({
  id: z.string(),
  profileId: z.string().optional(),
  status: z.string(),
  /** What the sender sent; `received` is what Paxos credited (amount less the fee). */
  amount: z.string().optional(),
  fee: z.string().optional(),
  received: z.string().optional(),
  memo: z.string().optional(),
  createdAt: iso.optional(),
  updatedAt: iso.optional(),
  /** The expected wire it was matched to; absent: an unmatched incoming wire. */
  expectedId: z.string().optional(),
  expectedNote: z.string().optional(),
  /** "Possible return of wire out <ref> (amount, day)": see main/desk/incoming/returned-wires.ts. */
  possibleReturn: z.string().optional(),
  fetchedAt: iso,
});
export type IncomingWireView = z.infer<typeof IncomingWireViewSchema>;

export const ExpectedWireViewSchema = z.object({
  id: z.string(),
  profileId: z.string(),
  memoId: z.string(),
  amount: z.string(),
  /** "YYYY-MM-DD", the day the operator expects it at Paxos. */
  expectedOn: z.string(),
  note: z.string(),
  createdAt: iso,
  matchedTransferId: z.string().optional(),
  /** The status of the wire it was matched to. */
  wireStatus: z.string().optional(),
});
export type ExpectedWireView = z.infer<typeof ExpectedWireViewSchema>;

export const IncomingWiresSliceSchema = z.object({
  /** Every wire still PENDING and those changed in the last 30 days, newest first. */
  wires: z.array(IncomingWireViewSchema),
  /** Expected wires not yet matched, and those matched in the last 30 days. */
  expected: z.array(ExpectedWireViewSchema),
  asOf: iso.nullable(),
});
export type IncomingWiresSlice = z.infer<typeof IncomingWiresSliceSchema>;

export const WireInstructionsInput = z.strictObject({
  profileId: id,
  routingType: RoutingTypeSchema,
});
export const ExpectedWireInput = z.strictObject({
  profileId: id,
  routingType: RoutingTypeSchema,
  amount: usdAmount,
  expectedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day as YYYY-MM-DD'),
  note: z.string().max(200),
});
export const SimulateIncomingWireInput = z.strictObject({
  profileId: id,
  routingType: RoutingTypeSchema,
  amount: usdAmount,
});
