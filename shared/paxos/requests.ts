// Strict schemas for the request bodies Treasury Desk sends to Paxos, and the format rules
// they check (mailing address characters, ABA checksum, SWIFT/BIC). Unlike responses.ts, nothing
// here is lenient: an unknown field, a wrong type or an out-of-range value is an error before
// anything goes on the wire, because what we send must be right. The simulator and the
// bank-account form reuse the same rules so all three agree.
import { z } from 'zod';
import { checkAmount } from '../money';

/** MailingAddress rule from the spec: each field ≤ 35 characters of this set; country required. */
export const MAILING_ADDRESS_PATTERN = /^[0-9A-Za-z /?:().,&'+-]+$/;
const addressField = z
  .string()
  .max(35, 'at most 35 characters')
  .regex(MAILING_ADDRESS_PATTERN, "only letters, digits, spaces and / ? : ( ) . , & ' + -");
const MailingAddressInputSchema = z.strictObject({
  country: addressField,
  address1: addressField.optional(),
  address2: addressField.optional(),
  city: addressField.optional(),
  province: addressField.optional(),
  zip_code: addressField.optional(),
});

/** ABA routing number: 9 digits with the 3-7-1 weighted checksum. */
export function isValidAbaRoutingNumber(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const d = [...value].map(Number);
  const sum = [3, 7, 1, 3, 7, 1, 3, 7, 1].reduce((acc, w, i) => acc + w * (d[i] ?? 0), 0);
  return sum % 10 === 0;
}
/** SWIFT/BIC: 4 bank letters, 2 country letters, 2 location chars, optional 3 branch chars. */
export const SWIFT_BIC_PATTERN = /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/;

const RoutingDetailsInputSchema = z
  .strictObject({
    routing_number_type: z.enum(['ABA', 'SWIFT']),
    routing_number: z.string().min(1),
    bank_name: z.string().min(1).max(100),
    bank_address: MailingAddressInputSchema,
  })
  .superRefine((value, ctx) => {
    const ok =
      value.routing_number_type === 'ABA'
        ? isValidAbaRoutingNumber(value.routing_number)
        : SWIFT_BIC_PATTERN.test(value.routing_number);
    if (!ok)
      ctx.addIssue({
        code: 'custom',
        path: ['routing_number'],
        message: `not a valid ${value.routing_number_type} routing number`,
      });
  });
const metadataInput = z
  .record(z.string().max(100), z.string().max(100))
  .refine((m) => Object.keys(m).length <= 6, 'at most 6 metadata entries');
/** Paxos documents at most 200 characters for identity names; nothing longer is ever sent. */
const ownerName = z.string().max(200, 'at most 200 characters');
const ownerInput = z.union([
  z.strictObject({
    person_details: z.strictObject({ first_name: ownerName.min(1), last_name: ownerName.min(1) }),
  }),
  z.strictObject({ institution_details: z.strictObject({ name: ownerName.min(1) }) }),
]);

export const CreateFiatAccountInputSchema = z.strictObject({
  ref_id: z.string().min(1).max(100),
  fiat_account_owner: ownerInput,
  fiat_network_instructions: z.strictObject({
    wire: z.strictObject({
      account_number: z.string().regex(/^[0-9A-Za-z]{1,34}$/, '1 to 34 letters or digits'),
      fiat_account_owner_address: MailingAddressInputSchema,
      routing_details: RoutingDetailsInputSchema,
      intermediary_routing_details: RoutingDetailsInputSchema.optional(),
    }),
  }),
  metadata: metadataInput.optional(),
});
export type CreateFiatAccountInput = z.infer<typeof CreateFiatAccountInputSchema>;

const routingUpdate = z.strictObject({
  bank_name: z.string().min(1).max(100).optional(),
  bank_address: MailingAddressInputSchema.optional(),
});
export const UpdateFiatAccountInputSchema = z.strictObject({
  fiat_account_owner: z
    .union([
      z.strictObject({
        person_details: z.strictObject({
          first_name: ownerName.optional(),
          last_name: ownerName.optional(),
        }),
      }),
      z.strictObject({ institution_details: z.strictObject({ name: ownerName.optional() }) }),
    ])
    .optional(),
  fiat_network_instructions: z
    .strictObject({
      wire: z.strictObject({
        fiat_account_owner_address: MailingAddressInputSchema.optional(),
        routing_details: routingUpdate.optional(),
        intermediary_routing_details: routingUpdate.optional(),
      }),
    })
    .optional(),
  metadata: metadataInput.optional(),
});
export type UpdateFiatAccountInput = z.infer<typeof UpdateFiatAccountInputSchema>;

const positiveAmount = (field: string) =>
  z.string().superRefine((value, ctx) => {
    const check = checkAmount(value);
    if (!check.ok) ctx.addIssue({ code: 'custom', message: `${field} ${check.detail}` });
  });

export const CreateOrchestrationInputSchema = z.strictObject({
  ref_id: z.string().min(1).max(100),
  source_asset: z.string().min(1),
  destination_asset: z.string().min(1),
  source_amount: positiveAmount('source_amount'),
  source: z.strictObject({ profile: z.strictObject({ profile_id: z.string().min(1) }) }),
  destination: z.union([
    z.strictObject({
      fiat: z.strictObject({
        bank_account_id: z.string().min(1),
        memo: z.string().max(100).optional(),
      }),
    }),
    z.strictObject({ profile: z.strictObject({ profile_id: z.string().min(1) }) }),
    z.strictObject({ crypto: z.strictObject({ address_id: z.string().min(1) }) }),
  ]),
  metadata: z.record(z.string(), z.string()).optional(),
});
export type CreateOrchestrationInput = z.infer<typeof CreateOrchestrationInputSchema>;

/**
 * Rule input in the app's own terms: the bank destination is always `fiat_account_id` here;
 * the client puts it on the wire under the one field name it has decided on (see
 * main/paxos/rule-fields.ts).
 */
export const CreateRuleInputSchema = z.strictObject({
  ref_id: z.string().min(1).max(100),
  profile_id: z.string().min(1),
  nickname: z.string().max(100).optional(),
  source_asset: z.string().min(1),
  destination_asset: z.string().min(1),
  source: z.union([
    z.strictObject({ crypto: z.strictObject({ network: z.string().min(1) }) }),
    z.strictObject({
      fiat: z.strictObject({ network: z.string().min(1), account_type: z.string().optional() }),
    }),
  ]),
  destination: z.union([
    z.strictObject({
      fiat: z.strictObject({
        fiat_account_id: z.string().min(1),
        memo: z.string().max(100).optional(),
      }),
    }),
    z.strictObject({ profile: z.strictObject({ profile_id: z.string().min(1) }) }),
    z.strictObject({ crypto: z.strictObject({ crypto_address_id: z.string().min(1) }) }),
  ]),
});
export type CreateRuleInput = z.infer<typeof CreateRuleInputSchema>;
