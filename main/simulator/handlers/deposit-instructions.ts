// /transfer/fiat-deposit-instructions (create, list, get) and /sandbox/fiat-deposits, as the
// 2026-07 document has them. Instructions name Paxos's receiving bank and a memo_id unique to
// them; they are immutable, VALID or DEPRECATED (control.deprecateDepositInstructions). A
// sandbox deposit quoting a known memo_id becomes a WIRE_DEPOSIT transfer (incoming-wires.ts).
// A Convert & Hold rule's instructions are records here too (the rule's
// source.fiat.deposit_instructions_id is a GET-able id, as Paxos documents), marked with the rule:
// a sandbox wire quoting their memo is converted by the rule (mint.ts wireDeposit). They are kept
// out of the list so a profile's plain instructions are never confused with a rule's memo.
import { isObj, optionalString, requireObj, requireString } from '../body';
import type { SimAnswer } from '../http-io';
import { receiveIncomingWire } from '../incoming-wires';
import { wireDeposit } from './mint';
import { paginate } from '../paging';
import { alreadyExists, badRequest, notFound } from '../problems';
import { inTimeWindow } from '../query';
import type { RouteRequest } from '../router';
import { findProfile } from '../store';
import type { JsonObject, SimDepositInstructions } from '../types';
import { newId, type World } from '../world';

/** The simulated Paxos omnibus account every instruction names (the memo tells wires apart). */
const PAXOS_BANK: JsonObject = {
  bank_name: 'Customers Bank',
  bank_address: {
    country: 'USA',
    address1: '701 Reading Avenue',
    city: 'West Reading',
    province: 'PA',
    zip_code: '19611',
  },
};
const ROUTING = { ABA: '031302971', SWIFT: 'CUBIUS33' } as const;
const PAXOS_ACCOUNT = '8001234567';
const PAXOS_OWNER: JsonObject = { institution_details: { name: 'Paxos Trust Company, LLC' } };
const PAXOS_ADDRESS: JsonObject = {
  country: 'USA',
  address1: '450 Lexington Ave',
  city: 'New York',
  province: 'NY',
  zip_code: '10017',
};
/** The customer's identity (the document requires one on every instruction). */
const IDENTITY_ID = 'a4d5e6f7-0b1c-4d2e-8f3a-9b8c7d6e5f40';
const MEMO_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export const instructionsOf = (world: World): SimDepositInstructions[] =>
  (world.state.depositInstructions ??= []);

function memoId(world: World): string {
  const taken = new Set(instructionsOf(world).map((i) => i.data.memo_id));
  for (;;) {
    let memo = '';
    for (let i = 0; i < 16; i += 1)
      memo += MEMO_LETTERS[Math.floor(world.random() * MEMO_LETTERS.length)];
    if (!taken.has(memo)) return memo;
  }
}

export function createDepositInstructions(world: World, req: RouteRequest): SimAnswer {
  const body = requireObj(req.body, 'body');
  const profileId = requireString(body, 'profile_id');
  const network = requireString(body, 'fiat_network');
  const refId = optionalString(body, 'ref_id');
  if (network !== 'WIRE')
    throw badRequest(`fiat_network ${network} is not enabled`, 'fiat_network');
  const type = optionalString(body, 'routing_number_type') ?? 'ABA';
  if (type !== 'ABA' && type !== 'SWIFT')
    throw badRequest('routing_number_type must be ABA or SWIFT', 'routing_number_type');
  const profile = findProfile(world.state, profileId);
  if (!profile) throw notFound(`no profile found for id: ${profileId}`);
  const existing = refId ? instructionsOf(world).find((i) => i.data.ref_id === refId) : undefined;
  if (existing)
    throw alreadyExists(
      `fiat deposit instructions with ref_id ${refId} already exist`,
      existing.data,
    );
  const record: SimDepositInstructions = {
    data: instructionsData(world, {
      id: newId(),
      profileId: profile.data.id,
      refId,
      memo: memoId(world),
      type,
    }),
  };
  instructionsOf(world).push(record);
  return { status: 200, body: record.data };
}

function instructionsData(
  world: World,
  f: { id: string; profileId: string; refId?: string; memo: string; type: 'ABA' | 'SWIFT' },
): SimDepositInstructions['data'] {
  return {
    id: f.id,
    profile_id: f.profileId,
    customer_id: world.state.customerId,
    identity_id: IDENTITY_ID,
    ...(f.refId ? { ref_id: f.refId } : {}),
    status: 'VALID',
    memo_id: f.memo,
    fiat_network_instructions: {
      wire: {
        account_number: PAXOS_ACCOUNT,
        fiat_account_owner_address: PAXOS_ADDRESS,
        routing_details: {
          routing_number_type: f.type,
          routing_number: ROUTING[f.type],
          ...PAXOS_BANK,
        },
      },
    },
    fiat_account_owner: PAXOS_OWNER,
    created_at: world.clock.stamp(),
  };
}

/** The instructions a Convert & Hold rule answers with (its deposit_instructions_id and memo). */
export function linkRuleInstructions(
  world: World,
  rule: { ruleId: string; profileId: string; id: string; memo: string; type?: string },
): void {
  const type = rule.type === 'SWIFT' ? 'SWIFT' : 'ABA';
  instructionsOf(world).push({
    ruleId: rule.ruleId,
    data: instructionsData(world, { ...rule, type }),
  });
}

export function listDepositInstructions(world: World, req: RouteRequest): SimAnswer {
  const q = req.query;
  const ids = q.list('ids');
  const refIds = q.list('ref_ids');
  const created = q.time('created_at');
  const matching = instructionsOf(world)
    .filter((i) => i.ruleId === undefined)
    .map((i) => i.data)
    .filter(
      (d) =>
        (!ids || ids.includes(d.id)) &&
        (!refIds || refIds.includes(String(d.ref_id ?? ''))) &&
        inTimeWindow(d.created_at, created),
    );
  const page = paginate(
    matching,
    q.order('DESC'),
    q.int('limit', 1, 1000) ?? 100,
    q.one('page_cursor'),
  );
  return {
    status: 200,
    body: {
      items: page.items,
      ...(page.next_page_cursor ? { next_page_cursor: page.next_page_cursor } : {}),
    },
  };
}

export function getDepositInstructions(world: World, req: RouteRequest): SimAnswer {
  const found = instructionsOf(world).find((i) => i.data.id === req.params.id);
  if (!found) throw notFound(`fiat deposit instructions with id ${req.params.id ?? ''} not found`);
  return { status: 200, body: found.data };
}

/** Sandbox: a wire from a made-up bank quoting `memo_id`; Paxos answers `{}`. */
export function createSandboxFiatDeposit(world: World, req: RouteRequest): SimAnswer {
  const body = requireObj(req.body, 'body');
  const amount = requireString(body, 'amount');
  if (!/^[0-9]*\.?[0-9]{1,2}$/.test(amount) || Number(amount) <= 0)
    throw badRequest(`invalid amount '${amount}': must be positive decimal`, 'amount');
  if (requireString(body, 'asset') !== 'USD') throw badRequest('asset must be USD', 'asset');
  const memo = requireString(body, 'memo_id');
  const sender = requireObj(body.fiat_network_instructions, 'fiat_network_instructions');
  if (!isObj(sender.wire))
    throw badRequest('fiat network instructions required', 'fiat_network_instructions');
  const instructions = instructionsOf(world).find((i) => i.data.memo_id === memo);
  if (!instructions)
    throw badRequest(`memo_id ${memo} does not match any deposit instructions`, 'memo_id');
  // A rule's memo: the wire is converted by the rule (or kept USD if the rule is not ACTIVE).
  if (instructions.ruleId !== undefined) wireDeposit(world, { memo_id: memo, amount });
  else receiveIncomingWire(world, { instructions, amount, memo });
  return { status: 200, body: {} };
}

export function deprecateInstructions(world: World, id: string): void {
  const found = instructionsOf(world).find((i) => i.data.id === id);
  if (!found) throw notFound(`fiat deposit instructions with id ${id} not found`);
  found.data.status = 'DEPRECATED';
  world.touch();
}
