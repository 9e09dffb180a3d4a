// /orchestration/rules: create (ACTIVE at once, or PENDING approval when the approval switch says
// so: approvals.ts; with a deposit address per crypto network or
// fiat deposit instructions; the bank destination accepted as fiat_account_id or
// bank_account_id, answered as fiat_account_id), list with filters and paging (`items` and the
// deprecated `rules`), delete (soft: status DELETED, answered as { rule }).
import { isRuleNetwork, ruleNetworksFor, type RuleNetwork } from '../../../shared/assets';
import { RULE_STATUSES } from '../../../shared/paxos/known-values';
import { pendingFor } from '../approvals';
import { isObj, oneOf, optionalString, requireObj, requireString, type Obj } from '../body';
import { depositAddress } from '../addresses';
import type { SimAnswer } from '../http-io';
import { cryptoDestination } from './crypto-destination';
import { linkRuleInstructions } from './deposit-instructions';
import { checkEntitlement } from './mint';
import { paginate } from '../paging';
import { alreadyExists, badRequest, notFound } from '../problems';
import type { RouteRequest } from '../router';
import { findFiatAccount, findProfile } from '../store';
import type { JsonObject, SimRule } from '../types';
import { newId, type World } from '../world';

const RULE_ASSETS = ['USDG', 'PYUSD', 'USDP', 'USDC', 'USD'];

export function createRule(world: World, req: RouteRequest): SimAnswer {
  const body = requireObj(req.body, 'body');
  const refId = requireString(body, 'ref_id');
  const existing = world.state.rules.find((r) => r.data.ref_id === refId);
  if (existing)
    throw alreadyExists(`orchestration rule with ref_id ${refId} already exists`, existing.data);
  const profileId = requireString(body, 'profile_id');
  const sourceAsset = requireString(body, 'source_asset');
  const destinationAsset = requireString(body, 'destination_asset');
  for (const [field, asset] of [
    ['source_asset', sourceAsset],
    ['destination_asset', destinationAsset],
  ] as const) {
    if (!RULE_ASSETS.includes(asset))
      throw badRequest(`${field} must be one of ${RULE_ASSETS.join(', ')}`, field);
  }
  const profile = findProfile(world.state, profileId);
  if (!profile) throw notFound(`no profile found for id: ${profileId}`);
  checkEntitlement(world, sourceAsset, destinationAsset);
  const approval = pendingFor(world.approvals.rules, world.clock.now());
  const rule: SimRule = {
    ...(approval ? { approval } : {}),
    data: {
      id: newId(),
      ref_id: refId,
      ...nickname(body),
      profile_id: profile.data.id,
      status: approval ? 'PENDING' : 'ACTIVE',
      source_asset: sourceAsset,
      destination_asset: destinationAsset,
      source: ruleSource(world, body, sourceAsset),
      destination: ruleDestination(world, body, destinationAsset, profile.data.id),
      created_at: world.clock.stamp(),
    },
  };
  world.state.rules.push(rule);
  const fiat = (rule.data.source as JsonObject).fiat;
  // Its deposit_instructions_id is real instructions (GET-able; a sandbox wire quoting the memo).
  if (isObj(fiat))
    linkRuleInstructions(world, {
      ruleId: rule.data.id,
      profileId: profile.data.id,
      id: String(fiat.deposit_instructions_id),
      memo: String(fiat.memo_id),
      type: typeof fiat.account_type === 'string' ? fiat.account_type : undefined,
    });
  return { status: 200, body: { rule: rule.data } };
}

function nickname(body: Obj): JsonObject {
  const value = optionalString(body, 'nickname');
  return value ? { nickname: value } : {};
}

function ruleSource(world: World, body: Obj, asset: string): JsonObject {
  const source = requireObj(body.source, 'source');
  const kind = oneOf(source, ['crypto', 'fiat'], 'source');
  const inner = requireObj(source[kind], `source.${kind}`);
  const network = requireString(inner, 'network', `source.${kind}.network`).toUpperCase();
  if (kind === 'crypto') {
    if (!isRuleNetwork(network))
      throw badRequest(
        `source.crypto.network must be one of ETHEREUM, SOLANA, STELLAR, BASE, POLYGON`,
        'source.crypto.network',
      );
    if (!ruleNetworksFor(asset).includes(network as RuleNetwork))
      throw badRequest(
        `${asset} deposits are not supported on ${network}`,
        'source.crypto.network',
      );
    return {
      crypto: { address_id: newId(), address: depositAddress(network, world.random), network },
    };
  }
  if (asset !== 'USD')
    throw badRequest('source_asset must be USD for a fiat source', 'source_asset');
  if (network !== 'WIRE' && network !== 'CUBIX')
    throw badRequest('source.fiat.network must be WIRE or CUBIX', 'source.fiat.network');
  const accountType = optionalString(inner, 'account_type', 'source.fiat.account_type');
  if (accountType && accountType !== 'ABA' && accountType !== 'SWIFT')
    throw badRequest('source.fiat.account_type must be ABA or SWIFT', 'source.fiat.account_type');
  const memoId = Array.from(
    { length: 10 },
    () => 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[Math.floor(world.random() * 32)],
  ).join('');
  return {
    fiat: {
      deposit_instructions_id: newId(),
      network,
      ...(accountType ? { account_type: accountType } : {}),
      memo_id: memoId,
    },
  };
}

function ruleDestination(world: World, body: Obj, asset: string, profileId: string): JsonObject {
  if (body.destination === undefined || body.destination === null)
    return { profile: { profile_id: profileId } };
  const destination = requireObj(body.destination, 'destination');
  const kind = oneOf(destination, ['fiat', 'crypto', 'profile'], 'destination');
  if (kind === 'crypto')
    return { crypto: cryptoDestination(destination, asset, 'crypto_address_id') };
  if (kind === 'profile') {
    const id = requireString(
      requireObj(destination.profile, 'destination.profile'),
      'profile_id',
      'destination.profile.profile_id',
    );
    if (!findProfile(world.state, id)) throw notFound(`no profile found for id: ${id}`);
    return { profile: { profile_id: id } };
  }
  const fiat = requireObj(destination.fiat, 'destination.fiat');
  const byNew = optionalString(fiat, 'fiat_account_id', 'destination.fiat.fiat_account_id');
  const byOld = optionalString(fiat, 'bank_account_id', 'destination.fiat.bank_account_id');
  if (byNew && byOld && byNew !== byOld)
    throw badRequest(
      'destination.fiat.fiat_account_id and bank_account_id differ',
      'destination.fiat.fiat_account_id',
    );
  const accountId = byNew ?? byOld;
  if (!accountId)
    throw badRequest(
      'destination.fiat.fiat_account_id must be set',
      'destination.fiat.fiat_account_id',
    );
  if (asset !== 'USD')
    throw badRequest(
      'destination_asset must be USD for a bank account destination',
      'destination_asset',
    );
  const account = findFiatAccount(world.state, accountId);
  if (!account)
    throw badRequest(
      `no fiat account found for id: ${accountId}`,
      'destination.fiat.fiat_account_id',
    );
  if (account.data.status !== 'APPROVED')
    throw badRequest(
      `fiat account has invalid status ${account.data.status}, must be approved`,
      'destination.fiat.fiat_account_id',
    );
  const memo = optionalString(fiat, 'memo', 'destination.fiat.memo');
  return { fiat: { fiat_account_id: accountId, ...(memo ? { memo } : {}) } };
}

export function listRules(world: World, req: RouteRequest): SimAnswer {
  const q = req.query;
  const statuses = q.list('status');
  for (const s of statuses ?? [])
    if (!(RULE_STATUSES as readonly string[]).includes(s))
      throw badRequest(`invalid status ${s}`, 'status');
  const profileId = q.one('profile_id');
  const sourceAsset = q.one('source_asset');
  const destinationAsset = q.one('destination_asset');
  const ids = q.list('ids');
  const matching = world.state.rules
    .map((r) => r.data)
    .filter(
      (d) =>
        (!profileId || d.profile_id === profileId) &&
        (!statuses || statuses.includes(d.status)) &&
        (!sourceAsset || d.source_asset === sourceAsset) &&
        (!destinationAsset || d.destination_asset === destinationAsset) &&
        (!ids || ids.includes(d.id)),
    );
  const page = paginate(
    matching,
    q.order('DESC'),
    q.int('limit', 1, 1000) ?? 100,
    q.one('page_cursor'),
  );
  const body: JsonObject = { items: page.items, rules: page.items };
  if (page.next_page_cursor) body.next_page_cursor = page.next_page_cursor;
  return { status: 200, body };
}

export function deleteRule(world: World, req: RouteRequest): SimAnswer {
  const rule = world.state.rules.find((r) => r.data.id === req.params.id);
  if (!rule) throw notFound(`no orchestration rule found for id: ${req.params.id ?? ''}`);
  rule.data.status = 'DELETED';
  return { status: 200, body: { rule: rule.data } };
}
