// Wire out USD cash across the bridge: what the renderer asks for (profile, approved bank
// account, amount, fee mode, memo). Its review's schema is in contract.ts, beside the
// redemption's it is made from.
import { z } from 'zod';
import { checkAmount } from './money';

export const FiatWithdrawalInput = z
  .strictObject({
    profileId: z.string().min(1).max(100),
    fiatAccountId: z.string().min(1).max(100),
    amount: z.string().max(40),
    feeMode: z.enum(['on_top', 'deducted']),
    memo: z
      .string()
      .max(100)
      .regex(/^[0-9A-Za-z /?:().,&'+-]*$/, "letters, digits, spaces and / ? : ( ) . , & ' + - only")
      .optional(),
  })
  .superRefine((value, ctx) => {
    const check = checkAmount(value.amount, 'USD');
    if (!check.ok)
      ctx.addIssue({ code: 'custom', path: ['amount'], message: `The amount ${check.detail}` });
  });
