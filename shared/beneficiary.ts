// Who a bank account belongs to, as far as Paxos has said. Paxos's list of bank accounts leaves
// the owner out; only the account's full record names it. The desk reads that record when the
// list leaves the owner out, and every place that names the beneficiary (the review, main's
// dialog, the rule review) says the same words from the same lookup: a name, or plainly that
// Paxos does not state one, or that Paxos could not be asked. Never a dash.
import { z } from 'zod';

export const OwnerLookupSchema = z.discriminatedUnion('kind', [
  /** Paxos names the owner (from the full record, or kept from an earlier full answer). */
  z.object({ kind: z.literal('stated'), name: z.string().min(1) }),
  /** Paxos's full record was read and names no owner. */
  z.object({ kind: z.literal('not_stated') }),
  /** The list left the owner out and Paxos could not be asked for the full record. */
  z.object({ kind: z.literal('not_asked') }),
]);
export type OwnerLookup = z.infer<typeof OwnerLookupSchema>;

export const BENEFICIARY_NOT_STATED = 'Beneficiary not stated by Paxos';
export const BENEFICIARY_NOT_ASKED =
  'Beneficiary not known: Paxos could not be asked for the account’s full record';

export function beneficiaryText(lookup: OwnerLookup): string {
  if (lookup.kind === 'stated') return lookup.name;
  return lookup.kind === 'not_stated' ? BENEFICIARY_NOT_STATED : BENEFICIARY_NOT_ASKED;
}
