// /transfer/fiat-accounts: create (PENDING, reviewed after timing.fiatApprovalMs), get (full
// object), list (abbreviated: last 4 digits, no owner name or street address), update (back to
// PENDING), delete (hidden unless include_deleted=true). Test trigger: a wire account number
// ending in 0000 is REJECTED by the review.
import { metadataOf, optionalString, requireObj } from '../body';
import { applyUpdate, fiatAccountOwner, networkInstructions } from '../fiat-validation';
import type { SimAnswer } from '../http-io';
import { paginate } from '../paging';
import { alreadyExists, badRequest, forbidden, notFound } from '../problems';
import { inTimeWindow } from '../query';
import type { RouteRequest } from '../router';
import { findFiatAccount } from '../store';
import type { JsonObject, SimFiatAccount } from '../types';
import { newId, type World } from '../world';

export const REJECTED_ACCOUNT_SUFFIX = '0000';

function reviewOutcome(instructions: JsonObject): 'APPROVED' | 'REJECTED' {
  const network = Object.values(instructions)[0] as JsonObject | undefined;
  const number = typeof network?.account_number === 'string' ? network.account_number : '';
  return number.endsWith(REJECTED_ACCOUNT_SUFFIX) ? 'REJECTED' : 'APPROVED';
}

function accountOr404(world: World, id: string, includeDeleted = false): SimFiatAccount {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw badRequest(`id must be uuid, given ${id}`, 'id');
  const account = findFiatAccount(world.state, id, includeDeleted);
  if (!account) throw notFound(`no fiat account found for id: ${id}`);
  return account;
}

export function createFiatAccount(world: World, req: RouteRequest): SimAnswer {
  const body = requireObj(req.body, 'body');
  if (body.identity_id !== undefined && body.identity_id !== '')
    throw forbidden('identity_id forbidden for first-party customers');
  const refId = optionalString(body, 'ref_id');
  const owner = fiatAccountOwner(body.fiat_account_owner);
  const instructions = networkInstructions(body.fiat_network_instructions);
  const metadata = metadataOf(body);
  const existing = refId
    ? world.state.fiatAccounts.find((a) => a.data.ref_id === refId)
    : undefined;
  if (existing)
    throw alreadyExists(`fiat account with ref_id ${refId} already exists`, existing.data);
  const at = world.clock.stamp();
  const account: SimFiatAccount = {
    data: {
      id: newId(),
      ...(refId ? { ref_id: refId } : {}),
      fiat_account_owner: owner,
      fiat_network_instructions: instructions,
      status: 'PENDING',
      ...(metadata ? { metadata } : {}),
      created_at: at,
      updated_at: at,
    },
    deleted: false,
    reviewAt: world.clock.now() + world.timing.fiatApprovalMs,
    outcome: reviewOutcome(instructions),
  };
  world.state.fiatAccounts.push(account);
  return { status: 200, body: account.data };
}

export function getFiatAccount(world: World, req: RouteRequest): SimAnswer {
  return {
    status: 200,
    body: accountOr404(world, req.params.id ?? '', req.query.bool('include_deleted')).data,
  };
}

export function listFiatAccounts(world: World, req: RouteRequest): SimAnswer {
  const ids = req.query.list('ids');
  const refIds = req.query.list('ref_ids');
  const window = req.query.time('created_at');
  const includeDeleted = req.query.bool('include_deleted');
  const orderBy = req.query.one('order_by');
  if (orderBy !== undefined && orderBy !== 'CREATED_AT')
    throw badRequest('order_by must be CREATED_AT', 'order_by');
  const matching = world.state.fiatAccounts
    .filter(
      (a) =>
        (includeDeleted || !a.deleted) &&
        (!ids || ids.includes(a.data.id)) &&
        (!refIds || refIds.includes(String(a.data.ref_id))) &&
        inTimeWindow(a.data.created_at, window),
    )
    .map((a) => a.data);
  const page = paginate(
    matching,
    req.query.order('DESC'),
    req.query.int('limit', 1, 1000) ?? 100,
    req.query.one('page_cursor'),
  );
  return {
    status: 200,
    body: {
      items: page.items.map(abbreviate),
      ...(page.next_page_cursor ? { next_page_cursor: page.next_page_cursor } : {}),
    },
  };
}

export function updateFiatAccount(world: World, req: RouteRequest): SimAnswer {
  const account = accountOr404(world, req.params.id ?? '');
  const body = requireObj(req.body, 'body');
  const draft = structuredClone(account.data);
  applyUpdate(draft, body);
  const metadata = metadataOf(body);
  if (metadata) draft.metadata = metadata;
  draft.status = 'PENDING';
  draft.updated_at = world.clock.stamp();
  account.data = draft;
  account.reviewAt = world.clock.now() + world.timing.fiatApprovalMs;
  account.outcome = reviewOutcome(draft.fiat_network_instructions as JsonObject);
  return { status: 200, body: account.data };
}

export function deleteFiatAccount(world: World, req: RouteRequest): SimAnswer {
  const account = accountOr404(world, req.params.id ?? '');
  account.deleted = true;
  account.reviewAt = null;
  return { status: 200, body: {} };
}

/**
 * List view: account number reduced to its last 4 digits, owner name and street address left
 * out. Paxos's own example (List Fiat Accounts, 2026-07 document) keeps the owner object with its
 * details null, which its schema does not allow; the simulator keeps the object, empty
 * (`"fiat_account_owner": {}`), so a client that takes the object's presence for a name is
 * caught, and the answer still validates against the document.
 */
function abbreviate(data: SimFiatAccount['data']): JsonObject {
  const { fiat_account_owner: _owner, fiat_network_instructions: fni, ...rest } = data;
  const listed = { ...rest, fiat_account_owner: {} };
  const wire = (fni as JsonObject).wire as JsonObject | undefined;
  if (!wire) return { ...listed, fiat_network_instructions: fni ?? {} };
  const routing = wire.routing_details as JsonObject;
  const country = (a: unknown) => ({
    country: String((a as JsonObject | undefined)?.country ?? ''),
  });
  return {
    ...listed,
    fiat_network_instructions: {
      wire: {
        account_number: `XXXX${String(wire.account_number).slice(-4)}`,
        fiat_account_owner_address: country(wire.fiat_account_owner_address),
        routing_details: {
          routing_number_type: routing.routing_number_type ?? 'ABA',
          routing_number: routing.routing_number ?? '',
          bank_name: routing.bank_name ?? '',
          bank_address: country(routing.bank_address),
        },
      },
    },
  };
}
