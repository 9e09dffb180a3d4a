// Money in (2026-07 document): fiat deposit instructions (Paxos's receiving bank and the memo a
// sending bank must quote) and the sandbox's simulated incoming wire. The answer is read
// leniently like every Paxos answer (responses.ts: open enums, unknown fields kept); what the
// desk sends is checked strictly, like requests.ts.
import { z } from 'zod';
import { FiatAccountOwnerSchema, FiatNetworkInstructionsSchema } from './responses';

const optString = z.string().optional().catch(undefined);

/** VALID or DEPRECATED (immutable once made); any other value is kept and shown as it is. */
export const FiatDepositInstructionsSchema = z.looseObject({
  id: z.string().min(1),
  profile_id: optString,
  identity_id: optString,
  account_id: optString,
  ref_id: optString,
  status: z.string().catch('UNKNOWN'),
  /** What the desk cannot work without: a wire that does not quote it is not credited. */
  memo_id: z.string().min(1),
  fiat_network_instructions: FiatNetworkInstructionsSchema.optional().catch(undefined),
  fiat_account_owner: FiatAccountOwnerSchema.optional().catch(undefined),
  metadata: z.record(z.string(), z.string()).optional().catch(undefined),
  created_at: optString,
});
export type FiatDepositInstructions = z.infer<typeof FiatDepositInstructionsSchema>;

export const ROUTING_TYPES = ['ABA', 'SWIFT'] as const;
export type RoutingType = (typeof ROUTING_TYPES)[number];

export const CreateDepositInstructionsInputSchema = z.strictObject({
  ref_id: z.string().min(1).max(100),
  profile_id: z.string().min(1),
  fiat_network: z.literal('WIRE'),
  routing_number_type: z.enum(ROUTING_TYPES),
});
export type CreateDepositInstructionsInput = z.infer<typeof CreateDepositInstructionsInputSchema>;

const senderAddress = z.strictObject({
  country: z.string().min(1).max(35),
  address1: z.string().max(35).optional(),
  city: z.string().max(35).optional(),
  province: z.string().max(35).optional(),
  zip_code: z.string().max(35).optional(),
});

/** POST /sandbox/fiat-deposits: a wire "sent" by a made-up bank, quoting a memo_id. */
export const SandboxFiatDepositInputSchema = z.strictObject({
  amount: z.string().regex(/^[0-9]*\.?[0-9]{1,2}$/, 'a USD amount with at most 2 decimals'),
  asset: z.literal('USD'),
  memo_id: z.string().min(1),
  fiat_network_instructions: z.strictObject({
    wire: z.strictObject({
      account_number: z.string().min(1),
      fiat_account_owner_address: senderAddress,
      routing_details: z.strictObject({
        routing_number_type: z.enum(ROUTING_TYPES),
        routing_number: z.string().min(1),
        bank_name: z.string().min(1),
        bank_address: senderAddress,
      }),
    }),
  }),
  fiat_account_owner: z
    .strictObject({ institution_details: z.strictObject({ name: z.string().min(1) }) })
    .optional(),
});
export type SandboxFiatDepositInput = z.infer<typeof SandboxFiatDepositInputSchema>;
