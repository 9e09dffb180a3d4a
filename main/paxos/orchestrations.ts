// Orchestrations: create (idempotent by ref_id), find by ref_id, list with every documented filter.
import { amountsEqual, isDecimalString } from '../../shared/money';
import {
  CreateOrchestrationInputSchema,
  type CreateOrchestrationInput,
} from '../../shared/paxos/requests';
import { OrchestrationSchema, type Orchestration } from '../../shared/paxos/responses';
import { createIdempotently, tryParse } from './idempotent-create';
import { validateAmount, validateInput } from './input';
import { pagedList, readPage, type Page } from './pagination';
import { parseAs } from './parse';
import { findByRefId, LOOKUP_PAGE_SIZE } from './ref-lookup';
import { checkLimit, checkOrder, timeWindowParams, type TimeWindow } from './query';
import type { ApiExecutor } from './request-executor';

/** Array filters are sent as repeated keys, at most 100 values each. */
export interface ListOrchestrationsParams {
  orchestration_id?: readonly string[];
  /** Added to the API in 2026-04; not in the 2025 OpenAPI file. */
  ref_id?: readonly string[];
  profile_id?: readonly string[];
  orchestration_rule_id?: readonly string[];
  source_asset?: readonly string[];
  destination_asset?: readonly string[];
  status?: readonly string[];
  created_at?: TimeWindow;
  limit?: number;
  /** Default DESC (newest first). */
  order?: 'ASC' | 'DESC';
}

export interface CreatedOrchestration {
  orchestration: Orchestration;
  /** True when Paxos already had an orchestration with this ref_id (an earlier attempt went through). */
  alreadyExisted: boolean;
}

export function orchestrationsApi(execute: ApiExecutor) {
  const read = (body: unknown) => parseAs(OrchestrationSchema, body, 'orchestration');

  async function listOrchestrations(
    params: ListOrchestrationsParams = {},
    pageCursor?: string,
  ): Promise<Page<Orchestration>> {
    const { body } = await execute({
      operation: 'listOrchestrations',
      idempotent: true,
      query: {
        orchestration_id: params.orchestration_id,
        ref_id: params.ref_id,
        profile_id: params.profile_id,
        orchestration_rule_id: params.orchestration_rule_id,
        source_asset: params.source_asset,
        destination_asset: params.destination_asset,
        status: params.status,
        ...timeWindowParams('created_at', params.created_at),
        limit: checkLimit(params.limit),
        order: checkOrder(params.order),
        page_cursor: pageCursor,
      },
    });
    return readPage(body, OrchestrationSchema, 'orchestration list', 'orchestrations');
  }

  const orchestrations = pagedList(listOrchestrations);

  /**
   * The orchestration created with `refId`, or null once the `ref_id` filter (not in the 2025
   * OpenAPI; it may lag or be ignored) and the unfiltered list (newest first, bounded) found none.
   */
  async function findOrchestrationByRefId(
    refId: string,
    scope: { profileId?: string } = {},
  ): Promise<Orchestration | null> {
    const found = await findByRefId<Orchestration>({
      refId,
      what: 'redemption',
      refIdOf: (o) => o.ref_id,
      filtered: async () => (await listOrchestrations({ ref_id: [refId], limit: 10 })).items,
      scanPage: (cursor) =>
        listOrchestrations(
          {
            limit: LOOKUP_PAGE_SIZE,
            order: 'DESC',
            ...(scope.profileId ? { profile_id: [scope.profileId] } : {}),
          },
          cursor,
        ),
    });
    return found ?? null;
  }

  return {
    /** One page (the desk asks by id, 100 at a time). */
    listOrchestrations,
    iterateOrchestrations: orchestrations.iterate,
    listAllOrchestrations: orchestrations.all,
    findOrchestrationByRefId,

    /**
     * Creates an orchestration. `ref_id` must have been chosen (and persisted) by the caller
     * before the first attempt. Retries resend the same body; a 409 for this ref_id resolves
     * to the existing orchestration with `alreadyExisted: true`.
     */
    async createOrchestration(input: CreateOrchestrationInput): Promise<CreatedOrchestration> {
      const body = validateInput(CreateOrchestrationInputSchema, input, 'redemption');
      validateAmount(body.source_amount, body.source_asset, 'source_amount');
      const created = await createIdempotently<Orchestration>({
        what: 'orchestration',
        refId: body.ref_id,
        send: async () =>
          read(
            (
              await execute({
                operation: 'createOrchestration',
                body,
                idempotent: true,
                amountField: 'source_amount',
              })
            ).body,
          ),
        readExisting: (existing) => tryParse(read, existing),
        lookup: async () =>
          (await findOrchestrationByRefId(body.ref_id, {
            profileId: body.source.profile.profile_id,
          })) ?? undefined,
        mismatch: (existing) => orchestrationMismatch(body, existing),
      });
      return { orchestration: created.record, alreadyExisted: created.alreadyExisted };
    },
  };
}

/** What differs between our request and an existing orchestration with the same ref_id. */
export function orchestrationMismatch(
  body: CreateOrchestrationInput,
  existing: Orchestration,
): string | undefined {
  if (existing.ref_id !== undefined && existing.ref_id !== body.ref_id)
    return `ref_id ${existing.ref_id}`;
  if (existing.source_asset !== undefined && existing.source_asset !== body.source_asset)
    return `asset ${existing.source_asset}`;
  if (
    existing.destination_asset !== undefined &&
    existing.destination_asset !== body.destination_asset
  )
    return `destination asset ${existing.destination_asset}`;
  if (
    existing.source_amount !== undefined &&
    isDecimalString(existing.source_amount) &&
    !amountsEqual(existing.source_amount, body.source_amount)
  ) {
    return `amount ${existing.source_amount}`;
  }
  const profile = existing.source?.profile?.profile_id ?? existing.profile_id;
  if (profile !== undefined && profile !== body.source.profile.profile_id)
    return `profile ${profile}`;
  const bank = existing.destination?.fiat?.bank_account_id;
  if (
    'fiat' in body.destination &&
    bank !== undefined &&
    bank !== body.destination.fiat.bank_account_id
  )
    return `bank account ${bank}`;
  return undefined;
}
