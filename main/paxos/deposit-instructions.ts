// Money in: fiat deposit instructions (list, create), incoming wires (List Transfers of type
// WIRE_DEPOSIT, by update time), and the sandbox's simulated incoming wire.
// Creating instructions is a Paxos write though no money moves: the POST is sent once per call,
// never retried blindly (idempotent: false); a lost answer is settled by the caller listing by
// ref_id (desk/incoming/wire-instructions.ts), and a 409 for our ref_id is the record we made.
import {
  CreateDepositInstructionsInputSchema,
  FiatDepositInstructionsSchema,
  SandboxFiatDepositInputSchema,
  type CreateDepositInstructionsInput,
  type FiatDepositInstructions,
  type SandboxFiatDepositInput,
} from '../../shared/paxos/deposit-instructions';
import { TransferSchema, type Transfer } from '../../shared/paxos/responses';
import { createIdempotently, tryParse } from './idempotent-create';
import { validateInput } from './input';
import { pagedList, readPage, type Page } from './pagination';
import { parseAs } from './parse';
import { checkLimit, checkOrder, timeWindowParams, type TimeWindow } from './query';
import type { ApiExecutor } from './request-executor';

export interface ListDepositInstructionsParams {
  ids?: readonly string[];
  ref_ids?: readonly string[];
  limit?: number;
  order?: 'ASC' | 'DESC';
}

export interface ListTransfersParams {
  type?: readonly string[];
  ids?: readonly string[];
  ref_ids?: readonly string[];
  profile_ids?: readonly string[];
  updated_at?: TimeWindow;
  order_by?: 'CREATED_AT' | 'UPDATED_AT';
  order?: 'ASC' | 'DESC';
  limit?: number;
}

export function depositInstructionsApi(execute: ApiExecutor) {
  const read = (body: unknown) =>
    parseAs(FiatDepositInstructionsSchema, body, 'deposit instructions');

  async function listDepositInstructions(
    params: ListDepositInstructionsParams = {},
    pageCursor?: string,
  ): Promise<Page<FiatDepositInstructions>> {
    const { body } = await execute({
      operation: 'listDepositInstructions',
      idempotent: true,
      query: {
        ids: params.ids,
        ref_ids: params.ref_ids,
        limit: checkLimit(params.limit),
        order: checkOrder(params.order),
        page_cursor: pageCursor,
      },
    });
    return readPage(body, FiatDepositInstructionsSchema, 'deposit instructions list');
  }

  async function listTransfers(
    params: ListTransfersParams = {},
    pageCursor?: string,
  ): Promise<Page<Transfer>> {
    const { body } = await execute({
      operation: 'listTransfers',
      idempotent: true,
      query: {
        type: params.type,
        ids: params.ids,
        ref_ids: params.ref_ids,
        profile_ids: params.profile_ids,
        ...timeWindowParams('updated_at', params.updated_at),
        order_by: params.order_by,
        limit: checkLimit(params.limit),
        order: checkOrder(params.order),
        page_cursor: pageCursor,
      },
    });
    return readPage(body, TransferSchema, 'transfer list');
  }

  const instructions = pagedList(listDepositInstructions);
  const transfers = pagedList(listTransfers);

  return {
    listDepositInstructions,
    listAllDepositInstructions: instructions.all,
    listTransfers,
    iterateTransfers: transfers.iterate,

    /**
     * Creates instructions under the caller's ref_id, sent once. A 409 for that ref_id is the
     * record made earlier (from the problem's meta, else listed by ref_id); a different profile
     * or routing type under our ref_id is a collision, never success.
     */
    async createDepositInstructions(
      input: CreateDepositInstructionsInput,
    ): Promise<FiatDepositInstructions> {
      const body = validateInput(CreateDepositInstructionsInputSchema, input, 'wire instructions');
      const created = await createIdempotently<FiatDepositInstructions>({
        what: 'set of wire instructions',
        refId: body.ref_id,
        send: async () =>
          read(
            (await execute({ operation: 'createDepositInstructions', body, idempotent: false }))
              .body,
          ),
        readExisting: (existing) => tryParse(read, existing),
        lookup: async () =>
          (await listDepositInstructions({ ref_ids: [body.ref_id], limit: 10 })).items.find(
            (i) => i.ref_id === body.ref_id,
          ),
        mismatch: (existing) => depositInstructionsMismatch(body, existing),
      });
      return created.record;
    },

    /** Sandbox only: Paxos answers an empty object; the wire shows up as a WIRE_DEPOSIT. */
    async createSandboxFiatDeposit(input: SandboxFiatDepositInput): Promise<void> {
      const body = validateInput(SandboxFiatDepositInputSchema, input, 'simulated wire');
      await execute({ operation: 'createSandboxFiatDeposit', body, idempotent: false });
    },
  };
}

/** What differs between our request and instructions Paxos holds under the same ref_id. */
export function depositInstructionsMismatch(
  body: CreateDepositInstructionsInput,
  existing: FiatDepositInstructions,
): string | undefined {
  if (existing.ref_id !== undefined && existing.ref_id !== body.ref_id)
    return `ref_id ${existing.ref_id}`;
  if (existing.profile_id !== undefined && existing.profile_id !== body.profile_id)
    return `profile ${existing.profile_id}`;
  const type = existing.fiat_network_instructions?.wire?.routing_details?.routing_number_type;
  if (type !== undefined && type !== body.routing_number_type) return `routing type ${type}`;
  return undefined;
}
