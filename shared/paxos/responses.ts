// Lenient schemas for the Paxos v2 objects Treasury Desk reads. Paxos adds fields and enum
// values without notice, and one odd optional field must not cost the app a whole record, so:
// unknown fields are kept (looseObject), every enum is an open string (its known values, where
// logic needs them, are in known-values.ts), and an optional field that comes back malformed is
// dropped. Only what the app cannot work without (an `id`, a balance's `available`, an event's
// `created_at`) is required. What the app sends is checked strictly instead: requests.ts.
import { z } from 'zod';

// ---------------------------------------------------------------- tolerant building blocks
/** An optional field: absent, null or the wrong type all read as undefined. */
const opt = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const optString = opt(z.string());
/** An open enum: any string; a missing or non-string value reads as "UNKNOWN" and is shown as such. */
const openStatus = z.string().catch('UNKNOWN');
const metadata = opt(z.record(z.string(), z.string()));
const id = z.string().min(1);

const MailingAddressSchema = z.looseObject({
  country: optString,
  address1: optString,
  address2: optString,
  city: optString,
  province: optString,
  zip_code: optString,
});
const RoutingDetailsSchema = z.looseObject({
  routing_number_type: optString,
  routing_number: optString,
  bank_name: optString,
  bank_address: opt(MailingAddressSchema),
});
const WireInstructionsSchema = z.looseObject({
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

const TransferDetailsSchema = z.looseObject({ transfer_id: optString, status: openStatus });
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

export type Profile = z.infer<typeof ProfileSchema>;
export type Balance = z.infer<typeof BalanceSchema>;
export type FiatAccount = z.infer<typeof FiatAccountSchema>;
export type Orchestration = z.infer<typeof OrchestrationSchema>;
export type OrchestrationRule = z.infer<typeof OrchestrationRuleSchema>;
export type Transfer = z.infer<typeof TransferSchema>;
export type PaxosEvent = z.infer<typeof EventSchema>;
