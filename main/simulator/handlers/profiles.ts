// Profiles and balances, plus the sandbox funding helper POST /sandbox/profiles/{id}/deposit.
import { addAmounts, checkAmount } from '../../../shared/money';
import { isAsset } from '../../../shared/assets';
import { requireObj, requireString } from '../body';
import type { SimAnswer } from '../http-io';
import { paginate } from '../paging';
import { badRequest, notFound } from '../problems';
import { inTimeWindow } from '../query';
import type { RouteRequest } from '../router';
import { findProfile } from '../store';
import type { Json, SimProfile } from '../types';
import { newId, type World } from '../world';

const profileJson = (p: SimProfile): Json => {
  const { created_at: _omit, ...rest } = p.data;
  return rest;
};

function profileOr404(world: World, id: string): SimProfile {
  const profile = findProfile(world.state, id);
  if (!profile) throw notFound(`no profile found for id: ${id}`);
  return profile;
}

export function listProfiles(world: World, req: RouteRequest): SimAnswer {
  const ids = req.query.list('ids');
  const nickname = req.query.one('nickname')?.toLowerCase();
  const window = req.query.time('created_at');
  const orderBy = req.query.one('order_by');
  if (orderBy !== undefined && orderBy !== 'CREATED_AT')
    throw badRequest('order_by must be CREATED_AT', 'order_by');
  const matching = world.state.profiles.filter(
    (p) =>
      (!ids || ids.includes(p.data.id)) &&
      (!nickname || p.data.nickname.toLowerCase().startsWith(nickname)) &&
      inTimeWindow(p.data.created_at, window),
  );
  const page = paginate(
    matching.map((p) => p.data),
    req.query.order('ASC'),
    req.query.int('limit', 1, 1000) ?? 1000,
    req.query.one('page_cursor'),
  );
  const items = page.items.map((d) => profileJson(profileOr404(world, d.id)));
  return {
    status: 200,
    body: { items, ...(page.next_page_cursor ? { next_page_cursor: page.next_page_cursor } : {}) },
  };
}

export function getProfile(world: World, req: RouteRequest): SimAnswer {
  return { status: 200, body: profileJson(profileOr404(world, req.params.profile_id ?? '')) };
}

export function listBalances(world: World, req: RouteRequest): SimAnswer {
  const profile = profileOr404(world, req.params.profile_id ?? '');
  const assets = req.query.list('assets');
  const items = Object.entries(profile.balances)
    .filter(([asset]) => !assets || assets.includes(asset))
    .map(([asset, available]) => ({ asset, available, trading: '0' }));
  return { status: 200, body: { items } };
}

export function getBalance(world: World, req: RouteRequest): SimAnswer {
  const profile = profileOr404(world, req.params.profile_id ?? '');
  const asset = req.params.asset ?? '';
  if (!isAsset(asset) && profile.balances[asset] === undefined)
    throw notFound(`unknown asset: ${asset}`);
  return { status: 200, body: { asset, available: profile.balances[asset] ?? '0', trading: '0' } };
}

export function sandboxDeposit(world: World, req: RouteRequest): SimAnswer {
  const profile = profileOr404(world, req.params.profile_id ?? '');
  const body = requireObj(req.body, 'body');
  const asset = requireString(body, 'asset');
  const amount = requireString(body, 'amount');
  if (!isAsset(asset)) throw badRequest(`unsupported asset ${asset}`, 'asset');
  const check = checkAmount(amount, asset);
  if (!check.ok) throw badRequest(`invalid amount '${amount}': ${check.detail}`, 'amount');
  profile.balances[asset] = addAmounts(profile.balances[asset] ?? '0', amount);
  world.touch();
  return { status: 200, body: { activity_id: newId() } };
}
