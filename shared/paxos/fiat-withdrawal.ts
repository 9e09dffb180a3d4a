// Create Fiat Withdrawal (2026-07): a USD wire from a profile's cash to an approved bank account.
// Exactly one of `amount` (Paxos wires `amount` and charges its fee on top) or `total` (Paxos
// debits `total` and wires `total` − fee). `ref_id` is optional at Paxos; the desk always sends
// one (required here), so a lost answer is found again by it and never resent blindly.
import { z } from 'zod';
import { checkAmount } from '../money';
import { MAILING_ADDRESS_PATTERN } from './requests';

/** Cents at most, as the document's amount pattern has it. */
const usd = (field: string) =>
  z.string().superRefine((value, ctx) => {
    const check = checkAmount(value);
    if (!check.ok) ctx.addIssue({ code: 'custom', message: `${field} ${check.detail}` });
    else if (!/^\d*\.?\d{1,2}$/.test(value))
      ctx.addIssue({ code: 'custom', message: `${field} has more than 2 decimal places` });
  });

const fields = {
  profile_id: z.string().min(1),
  fiat_account_id: z.string().min(1),
  asset: z.literal('USD'),
  amount: usd('amount').optional(),
  total: usd('total').optional(),
  memo: z.string().max(100).regex(MAILING_ADDRESS_PATTERN).optional(),
  metadata: z.record(z.string(), z.string().max(100)).optional(),
};
const exactlyOne = [
  (b: { amount?: string; total?: string }) => (b.amount === undefined) !== (b.total === undefined),
  { message: 'exactly one of amount (fee on top) or total (fee deducted)', path: ['amount'] },
] satisfies [unknown, { message: string; path: PropertyKey[] }];

/** The body without its ref_id: what a create_fiat_withdrawal intent carries. */
export const FiatWithdrawalFieldsSchema = z.strictObject(fields).refine(...exactlyOne);
export const CreateFiatWithdrawalInputSchema = z
  .strictObject({ ref_id: z.string().min(1).max(100), ...fields })
  .refine(...exactlyOne);
export type CreateFiatWithdrawalInput = z.infer<typeof CreateFiatWithdrawalInputSchema>;

/** How the fee is paid: on top of what is sent, or deducted from what is debited. */
export type FeeMode = 'on_top' | 'deducted';
export const feeModeOf = (body: { amount?: string; total?: string }): FeeMode =>
  body.amount !== undefined ? 'on_top' : 'deducted';
