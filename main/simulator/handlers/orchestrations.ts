// /orchestration/orchestrations: create (validation, 409 on a known ref_id, approved bank
// account or a crypto destination by address + network, balance check with a 403
// insufficient-funds problem, source debited; PENDING approval when the approval switch says
// so: approvals.ts), get, list with
// every documented filter (ref_id included) and cursor paging, answering both `items` and the
// deprecated `orchestrations` array.
import { compareAmounts, subtractAmounts } from '../../../shared/money';
import { isAsset } from '../../../shared/assets';
import { pendingFor } from '../approvals';
import { metadataOf, oneOf, optionalString, requireObj, requireString, type Obj } from '../body';
import type { SimAnswer } from '../http-io';
import { createdOrderOf } from '../created-order';
import { alreadyExists, badRequest, insufficientFunds, notFound } from '../problems';
import { inTimeWindow } from '../query';
import { failReasonFor, newOrchestration, newTransfer } from '../records';
import type { RouteRequest } from '../router';
import { findFiatAccount, findProfile } from '../store';
import type { JsonObject, SimOrchestration, SimProfile } from '../types';
import type { World } from '../world';
import { checkSourceAmount } from './amounts';
import { cryptoDestination } from './crypto-destination';
import { checkEntitlement, creditFor } from './mint';

export function createOrchestration(world: World, req: RouteRequest): SimAnswer {
  const body = requireObj(req.body, 'body');
  const refId = requireString(body, 'ref_id');
  // Checked before anything else: a retry of a request that went through must get the 409.
  const existing = world.state.orchestrations.find((o) => o.data.ref_id === refId);
  if (existing)
    throw alreadyExists(`orchestration with ref_id ${refId} already exists`, existing.data);
  const sourceAsset = requireString(body, 'source_asset');
  const destinationAsset = requireString(body, 'destination_asset');
  if (!isAsset(sourceAsset))
    throw badRequest(`unsupported source_asset ${sourceAsset}`, 'source_asset');
  if (!isAsset(destinationAsset))
    throw badRequest(`unsupported destination_asset ${destinationAsset}`, 'destination_asset');
  const amount = checkSourceAmount(
    requireString(body, 'source_amount'),
    sourceAsset,
    'source_amount',
  );
  const profile = sourceProfile(world, body);
  // A pair the entity is not entitled to is a 400 (mint.ts), before anything moves.
  checkEntitlement(world, sourceAsset, destinationAsset);
  const { destination, memo, credit } = destinationOf(
    world,
    body,
    destinationAsset,
    creditFor(world, amount, sourceAsset, destinationAsset),
    profile,
  );
  const metadata = metadataOf(body, 'metadata', false);
  const available = profile.balances[sourceAsset] ?? '0';
  if (compareAmounts(available, amount) < 0)
    throw insufficientFunds(profile.data.id, sourceAsset, available, amount);
  profile.balances[sourceAsset] = subtractAmounts(available, amount);
  const sourceTransfer = newTransfer(world, {
    profileId: profile.data.id,
    amount,
    asset: sourceAsset,
    direction: 'DEBIT',
    type: 'INTERNAL_TRANSFER_DEBIT',
  });
  const record = newOrchestration(world, {
    refId,
    profileId: profile.data.id,
    sourceAsset,
    destinationAsset,
    amount,
    source: { profile: { profile_id: profile.data.id } },
    destination,
    sourceTransfer,
    ...(metadata ? { metadata } : {}),
    failReason: failReasonFor(world, memo),
    credit,
    approval: pendingFor(world.approvals.orchestrations, world.clock.now()),
  });
  return { status: 200, body: record.data };
}

function sourceProfile(world: World, body: Obj): SimProfile {
  let id = 'default';
  if (body.source !== undefined && body.source !== null) {
    const source = requireObj(body.source, 'source');
    id = requireString(
      requireObj(source.profile, 'source.profile'),
      'profile_id',
      'source.profile.profile_id',
    );
  }
  const topLevel = optionalString(body, 'profile_id');
  if (topLevel && body.source && topLevel !== id)
    throw badRequest('profile_id does not match source.profile.profile_id', 'profile_id');
  const profile = findProfile(world.state, topLevel && !body.source ? topLevel : id);
  if (!profile) throw notFound(`no profile found for id: ${id}`);
  return profile;
}

interface Destination {
  destination: JsonObject;
  memo: string | undefined;
  credit: SimOrchestration['credit'];
}

function destinationOf(
  world: World,
  body: Obj,
  destinationAsset: string,
  amount: string,
  source: SimProfile,
): Destination {
  if (body.destination === undefined || body.destination === null) {
    const def = findProfile(world.state, 'default') ?? source;
    return {
      destination: { profile: { profile_id: def.data.id } },
      memo: undefined,
      credit: { profileId: def.data.id, asset: destinationAsset, amount },
    };
  }
  const destination = requireObj(body.destination, 'destination');
  const kind = oneOf(destination, ['fiat', 'crypto', 'profile'], 'destination');
  if (kind === 'crypto') {
    const crypto = cryptoDestination(destination, destinationAsset, 'address_id');
    return { destination: { crypto }, memo: undefined, credit: null };
  }
  if (kind === 'profile') {
    const id = requireString(
      requireObj(destination.profile, 'destination.profile'),
      'profile_id',
      'destination.profile.profile_id',
    );
    const target = findProfile(world.state, id);
    if (!target) throw notFound(`no profile found for id: ${id}`);
    return {
      destination: { profile: { profile_id: target.data.id } },
      memo: undefined,
      credit: { profileId: target.data.id, asset: destinationAsset, amount },
    };
  }
  const fiat = requireObj(destination.fiat, 'destination.fiat');
  const bankId = requireString(fiat, 'bank_account_id', 'destination.fiat.bank_account_id');
  const memo = optionalString(fiat, 'memo', 'destination.fiat.memo');
  if (memo && memo.length > 100)
    throw badRequest(
      'destination.fiat.memo must be at most 100 characters',
      'destination.fiat.memo',
    );
  if (destinationAsset !== 'USD')
    throw badRequest(
      'destination_asset must be USD for a bank account destination',
      'destination_asset',
    );
  const account = findFiatAccount(world.state, bankId);
  if (!account)
    throw badRequest(`no fiat account found for id: ${bankId}`, 'destination.fiat.bank_account_id');
  if (account.data.status !== 'APPROVED') {
    throw badRequest(
      `fiat account has invalid status ${account.data.status}, must be approved`,
      'destination.fiat.bank_account_id',
    );
  }
  const out: JsonObject = { bank_account_id: bankId, ...(memo ? { memo } : {}) };
  return { destination: { fiat: out }, memo, credit: null };
}

export function getOrchestration(world: World, req: RouteRequest): SimAnswer {
  const found = world.state.orchestrations.find((o) => o.data.id === req.params.id);
  if (!found) throw notFound(`no orchestration found for id: ${req.params.id ?? ''}`);
  return { status: 200, body: found.data };
}

export function listOrchestrations(world: World, req: RouteRequest): SimAnswer {
  const q = req.query;
  const filters: [string, string[] | undefined][] = [
    ['id', q.list('orchestration_id')],
    ['ref_id', q.list('ref_id')],
    ['profile_id', q.list('profile_id')],
    ['orchestration_rule_id', q.list('orchestration_rule_id')],
    ['source_asset', q.list('source_asset')],
    ['destination_asset', q.list('destination_asset')],
    ['status', q.list('status')],
  ];
  const window = q.time('created_at');
  const order = q.order('DESC');
  const limit = q.int('limit', 1, 1000) ?? 100;
  const cursor = q.one('page_cursor');
  // Kept sorted between requests (created-order.ts): a page walks from its cursor, filtering as
  // it goes, instead of filtering and sorting every orchestration per page.
  const page = createdOrderOf(world.state.orchestrations, (o) => o.data).page(
    order,
    limit,
    cursor,
    ({ data: d }) =>
      filters.every(([field, values]) => !values || values.includes(String(d[field] ?? ''))) &&
      inTimeWindow(d.created_at, window),
  );
  const items = page.items.map((o) => o.data);
  const body: JsonObject = { items, orchestrations: items };
  if (page.next_page_cursor) body.next_page_cursor = page.next_page_cursor;
  return { status: 200, body };
}
