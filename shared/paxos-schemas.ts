// Zod schemas and types for the Paxos v2 objects Treasury Desk reads and the request bodies it
// sends. Response schemas are deliberately lenient: unknown fields are kept, every enum is an
// open string (the known values are exported for display and logic), optional fields that come
// back malformed are dropped instead of failing the whole record. Only what the app cannot work
// without (an `id`, a balance's `available`, an event's `created_at`) is required.
// Request schemas are strict: what we send must be right.
import { z } from 'zod';
import { checkAmount } from './money';

// ---------------------------------------------------------------- known values of open enums
export const PROFILE_TYPES = ['DEFAULT', 'NORMAL'] as const;
export const FIAT_ACCOUNT_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
/** PENDING_APPROVAL appears only in an unreleased docs preview; treat it as non-terminal. */
export const ORCHESTRATION_STATUSES = [
  'PROCESSING',
  'COMPLETED',
  'FAILED',
  'PENDING_APPROVAL',
] as const;
export const TERMINAL_ORCHESTRATION_STATUSES = ['COMPLETED', 'FAILED'] as const;
/** Status of an orchestration leg (TransferDetails): a different enum from Transfer.status. */
export const TRANSFER_LEG_STATUSES = ['PENDING', 'PROCESSING', 'COMPLETED', 'FAILED'] as const;
export const TRANSFER_STATUSES = ['PENDING', 'COMPLETED', 'FAILED'] as const;
export const TRANSFER_DIRECTIONS = ['CREDIT', 'DEBIT'] as const;
export const RULE_STATUSES = ['ACTIVE', 'DELETED', 'PENDING', 'REJECTED', 'CANCELLED'] as const;
export const TRANSFER_TYPES = [
  'INTERNAL_TRANSFER_DEBIT',
  'INTERNAL_TRANSFER_CREDIT',
  'CRYPTO_DEPOSIT',
  'CRYPTO_WITHDRAWAL',
  'WIRE_DEPOSIT',
  'WIRE_WITHDRAWAL',
  'SEN_DEPOSIT',
  'SEN_WITHDRAWAL',
  'BANK_DEPOSIT',
  'BANK_WITHDRAWAL',
  'PAXOS_TRANSFER_DEBIT',
  'PAXOS_TRANSFER_CREDIT',
  'SIGNET_DEPOSIT',
  'SIGNET_WITHDRAWAL',
  'CBIT_WITHDRAWAL',
  'CBIT_DEPOSIT',
  'CUBIX_DEPOSIT',
  'CUBIX_WITHDRAWAL',
  'RTP_DEPOSIT',
] as const;
export const EVENT_TYPES = [
  'orchestration.processing',
  'orchestration.completed',
  'orchestration.failed',
  'transfer.wire_withdrawal.pending',
  'transfer.wire_withdrawal.completed',
  'transfer.wire_withdrawal.failed',
  'transfer.crypto_deposit.pending',
  'transfer.crypto_deposit.completed',
  'transfer.crypto_deposit.failed',
] as const;
export const EVENT_OBJECT_TYPES = [
  'orchestration_status_change',
  'transfer_status_change',
] as const;

export function isTerminalOrchestrationStatus(status: string): boolean {
  return (TERMINAL_ORCHESTRATION_STATUSES as readonly string[]).includes(status);
}

// ---------------------------------------------------------------- tolerant building blocks
/** An optional field: absent, null or the wrong type all read as undefined. */
const opt = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const optString = opt(z.string());
/** An open enum: any string; a missing or non-string value reads as "UNKNOWN" and is shown as such. */
const openStatus = z.string().catch('UNKNOWN');
const metadata = opt(z.record(z.string(), z.string()));
const id = z.string().min(1);

export const MailingAddressSchema = z.looseObject({
  country: optString,
  address1: optString,
  address2: optString,
  city: optString,
  province: optString,
  zip_code: optString,
});
export const RoutingDetailsSchema = z.looseObject({
  routing_number_type: optString,
  routing_number: optString,
  bank_name: optString,
  bank_address: opt(MailingAddressSchema),
});
export const WireInstructionsSchema = z.looseObject({
  account_number: optString,
  fiat_account_owner_address: opt(MailingAddressSchema),
  routing_details: opt(RoutingDetailsSchema),
  intermediary_routing_details: opt(RoutingDetailsSchema),
});
export const FiatNetworkInstructionsSchema = z.looseObject({
  wire: opt(WireInstructionsSchema),
  cubix: opt(z.looseObject({ account_id: optString })),
  cbit: opt(z.looseObject({ wallet_address: optString })),
  dbs_act: opt(z.looseObject({ account_number: optString })),
  scb: opt(z.looseObject({ account_number: optString })),
});
export const FiatAccountOwnerSchema = z.looseObject({
  person_details: opt(z.looseObject({ first_name: optString, last_name: optString })),
  institution_details: opt(z.looseObject({ name: optString })),
});

// ---------------------------------------------------------------- response objects
export const ProfileSchema = z.looseObject({
  id,
  nickname: optString,
  type: opt(z.string()),
  description: optString,
  account_id: optString,
});
export const BalanceSchema = z.looseObject({
  asset: z.string().min(1),
  available: z.string(),
  trading: optString,
});

export const FiatAccountSchema = z.looseObject({
  id,
  ref_id: optString,
  identity_id: optString,
  account_id: optString,
  fiat_account_owner: opt(FiatAccountOwnerSchema),
  fiat_network_instructions: opt(FiatNetworkInstructionsSchema),
  status: openStatus,
  metadata,
  created_at: optString,
  updated_at: optString,
});

export const TransferDetailsSchema = z.looseObject({ transfer_id: optString, status: openStatus });
const endpointObject = opt(
  z.looseObject({
    profile: opt(z.looseObject({ profile_id: optString })),
    crypto: opt(
      z.looseObject({
        address_id: optString,
        address: optString,
        network: optString,
        crypto_address_id: optString,
      }),
    ),
    fiat: opt(
      z.looseObject({
        bank_account_id: optString,
        fiat_account_id: optString,
        memo: optString,
        deposit_instructions_id: optString,
        network: optString,
        account_type: optString,
        memo_id: optString,
      }),
    ),
  }),
);
export const OrchestrationSchema = z.looseObject({
  id,
  profile_id: optString,
  identity_id: optString,
  account_id: optString,
  customer_id: optString,
  ref_id: optString,
  source_asset: optString,
  destination_asset: optString,
  source_amount: optString,
  source_transfer: opt(TransferDetailsSchema),
  destination_transfer: opt(TransferDetailsSchema),
  status: openStatus,
  fail_reason: opt(z.looseObject({ detail: optString })),
  source: endpointObject,
  destination: endpointObject,
  orchestration_rule_id: optString,
  created_at: optString,
  updated_at: optString,
  metadata,
});
export const OrchestrationRuleSchema = z.looseObject({
  id,
  ref_id: optString,
  nickname: optString,
  profile_id: optString,
  identity_id: optString,
  account_id: optString,
  status: openStatus,
  source_asset: optString,
  destination_asset: optString,
  source: endpointObject,
  destination: endpointObject,
  created_at: optString,
});
export const TransferSchema = z.looseObject({
  id,
  customer_id: optString,
  profile_id: optString,
  identity_id: optString,
  account_id: optString,
  ref_id: optString,
  amount: optString,
  fee: optString,
  total: optString,
  asset: optString,
  balance_asset: optString,
  direction: optString,
  type: openStatus,
  status: openStatus,
  secondary_status: opt(z.looseObject({ name: optString, detail: optString })),
  status_details: opt(z.record(z.string(), z.unknown())),
  created_at: optString,
  updated_at: optString,
  metadata,
  fiat_account_id: optString,
  memo: optString,
  destination_address: optString,
  crypto_network: optString,
  crypto_tx_hash: optString,
  crypto_tx_index: optString,
  notional_value: optString,
  group_id: optString,
  auto_conversion: opt(z.looseObject({ from_transfer_id: optString, to_transfer_id: optString })),
});
export const EventSchema = z.looseObject({
  id,
  type: z.string().catch('unknown'),
  object_type: optString,
  object: opt(z.record(z.string(), z.unknown())),
  created_at: z.string().min(1),
  undelivered_webhooks: opt(z.number()),
});
/** `object` of an `orchestration_status_change` event: `id` is the orchestration ID. */
export const OrchestrationStatusChangeSchema = z.looseObject({
  id,
  ref_id: optString,
  status: openStatus,
  orchestration_rule_id: optString,
});
/** `object` of a `transfer_status_change` event: `id` is the transfer ID. */
export const TransferStatusChangeSchema = z.looseObject({
  id,
  type: openStatus,
  status: openStatus,
  profile_id: optString,
  ref_id: optString,
  memo: optString,
  crypto_network: optString,
  crypto_tx_hash: optString,
  crypto_tx_index: optString,
});

export type MailingAddress = z.infer<typeof MailingAddressSchema>;
export type Profile = z.infer<typeof ProfileSchema>;
export type Balance = z.infer<typeof BalanceSchema>;
export type FiatAccount = z.infer<typeof FiatAccountSchema>;
export type TransferDetails = z.infer<typeof TransferDetailsSchema>;
export type Orchestration = z.infer<typeof OrchestrationSchema>;
export type OrchestrationRule = z.infer<typeof OrchestrationRuleSchema>;
export type Transfer = z.infer<typeof TransferSchema>;
export type PaxosEvent = z.infer<typeof EventSchema>;

// ---------------------------------------------------------------- request bodies (strict)
/** MailingAddress rule from the spec: each field ≤ 35 characters of this set; country required. */
export const MAILING_ADDRESS_PATTERN = /^[0-9A-Za-z /?:().,&'+-]+$/;
const addressField = z
  .string()
  .max(35, 'at most 35 characters')
  .regex(MAILING_ADDRESS_PATTERN, "only letters, digits, spaces and / ? : ( ) . , & ' + -");
export const MailingAddressInputSchema = z.strictObject({
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
