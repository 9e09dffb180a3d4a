// What each kind of outbox intent carries: the Paxos request body without its ref_id (the
// intent's own ref_id is added on every attempt), or, for updates and deletes, the target id.
// One schema per kind, checked when the intent is made and again when it is read from disk, so
// every reader gets the body of its kind, typed, without a cast.
import { z } from 'zod';
import { AppError } from './app-error';
import {
  CreateFiatAccountInputSchema,
  CreateOrchestrationInputSchema,
  CreateRuleInputSchema,
  UpdateFiatAccountInputSchema,
} from './paxos/requests';
import { FiatWithdrawalFieldsSchema } from './paxos/fiat-withdrawal';

const target = z.strictObject({ id: z.string().min(1) });
const profile = z.strictObject({ profile_id: z.string().min(1) });

/**
 * A conversion between profiles (a mint USD → stablecoin now; stablecoin ↔ stablecoin and
 * stablecoin → USD cash next): a Create Orchestration body whose source and destination are both
 * profiles. Its own kind, so it is counted, reviewed and checked apart from a redemption's wire.
 */
const conversionPayload = CreateOrchestrationInputSchema.omit({ ref_id: true }).extend({
  source: z.strictObject({ profile }),
  destination: z.strictObject({ profile }),
});

export const intentPayloadSchemas = {
  create_orchestration: CreateOrchestrationInputSchema.omit({ ref_id: true }),
  create_conversion: conversionPayload,
  create_rule: CreateRuleInputSchema.omit({ ref_id: true }),
  create_fiat_account: CreateFiatAccountInputSchema.omit({ ref_id: true }),
  update_fiat_account: z.strictObject({
    id: z.string().min(1),
    changes: UpdateFiatAccountInputSchema,
  }),
  delete_rule: target,
  delete_fiat_account: target,
  // Wire out USD cash (the fee on top with `amount`, deducted with `total`).
  create_fiat_withdrawal: FiatWithdrawalFieldsSchema,
} as const;

export type IntentKind = keyof typeof intentPayloadSchemas;
export type IntentPayloads = { [K in IntentKind]: z.infer<(typeof intentPayloadSchemas)[K]> };

const request = <K extends IntentKind>(kind: K) =>
  z.object({ kind: z.literal(kind), payload: intentPayloadSchemas[kind] });

/** A kind with the payload of that kind: `switch (request.kind)` narrows the payload. */
export const IntentRequestSchema = z.discriminatedUnion('kind', [
  request('create_orchestration'),
  request('create_conversion'),
  request('create_rule'),
  request('create_fiat_account'),
  request('update_fiat_account'),
  request('delete_rule'),
  request('delete_fiat_account'),
  request('create_fiat_withdrawal'),
]);
export type IntentRequest = z.infer<typeof IntentRequestSchema>;

/**
 * Pairs a kind with its payload, checked: a payload that is not of its kind is refused here,
 * before anything is stored (a generic caller gets the union back without a cast).
 */
export function intentRequest<K extends IntentKind>(
  kind: K,
  payload: IntentPayloads[K],
): IntentRequest {
  const parsed = IntentRequestSchema.safeParse({ kind, payload });
  if (parsed.success) return parsed.data;
  const field = parsed.error.issues[0]?.path.join('.');
  throw new AppError(
    'validation',
    `The ${kind.replace(/_/g, ' ')} request is not in the expected form${field ? ` (${field})` : ''}.`,
    field ? { field } : {},
  );
}
