// /transfer/transfers (get, list with the plural filters) and the Events API as the 2026-07
// document has it: /events with `order` (ASC by default) and `page_cursor` paging (the answer's
// `next_page_cursor`, absent on the last page), `limit` 1–100 (more is a 400, as Paxos answers);
// the created_at window filters still apply, so paging by moving a window keeps working too.
// /events/{id}.
import type { SimAnswer } from '../http-io';
import { paginate } from '../paging';
import { badRequest, notFound } from '../problems';
import { inTimeWindow } from '../query';
import type { RouteRequest } from '../router';
import type { World } from '../world';

/** The Events API's largest page (2026-07: "limit must be between 1 and 100"). */
export const MAX_EVENTS_LIMIT = 100;

export function getTransfer(world: World, req: RouteRequest): SimAnswer {
  const found = world.state.transfers.find((t) => t.data.id === req.params.id);
  if (!found) throw notFound(`no transfer found for id: ${req.params.id ?? ''}`);
  return { status: 200, body: found.data };
}

export function listTransfers(world: World, req: RouteRequest): SimAnswer {
  const q = req.query;
  const filters: [string, string[] | undefined][] = [
    ['profile_id', q.list('profile_ids')],
    ['identity_id', q.list('identity_ids')],
    ['account_id', q.list('account_ids')],
    ['id', q.list('ids')],
    ['ref_id', world.ignoreTransferRefIds ? undefined : q.list('ref_ids')],
    ['type', q.list('type')],
    ['status', q.list('statuses')],
    ['group_id', q.list('group_ids')],
    ['crypto_tx_hash', q.list('crypto_tx_hashes')],
  ];
  const secondary = q.list('secondary_statuses');
  const created = q.time('created_at');
  const updated = q.time('updated_at');
  const orderBy = q.one('order_by') ?? 'CREATED_AT';
  if (orderBy !== 'CREATED_AT' && orderBy !== 'UPDATED_AT')
    throw badRequest('order_by must be CREATED_AT or UPDATED_AT', 'order_by');
  const matching = world.state.transfers
    .map((t) => t.data)
    .filter(
      (d) =>
        filters.every(([field, values]) => !values || values.includes(String(d[field] ?? ''))) &&
        (!secondary ||
          secondary.includes(
            String((d.secondary_status as { name?: string } | undefined)?.name ?? ''),
          )) &&
        inTimeWindow(d.created_at, created) &&
        inTimeWindow(String(d.updated_at), updated),
    );
  const order = q.order(orderBy === 'UPDATED_AT' ? 'ASC' : 'DESC');
  const page = paginate(
    matching,
    order,
    q.int('limit', 1, 1000) ?? 100,
    q.one('page_cursor'),
    orderBy === 'UPDATED_AT' ? 'updated_at' : 'created_at',
  );
  return {
    status: 200,
    body: {
      items: page.items,
      ...(page.next_page_cursor ? { next_page_cursor: page.next_page_cursor } : {}),
    },
  };
}

export function listEvents(world: World, req: RouteRequest): SimAnswer {
  const q = req.query;
  const window = q.time('created_at');
  const type = q.one('type');
  const limit = q.int('limit', 1, MAX_EVENTS_LIMIT) ?? MAX_EVENTS_LIMIT;
  const order = q.order('ASC');
  const cursor = q.one('page_cursor');
  if (q.bool('is_test')) return { status: 200, body: { events: [] } }; // the simulator sends no test events
  const matching = world.state.events
    .map((e) => e.data)
    .filter((e) => (!type || e.type === type) && inTimeWindow(e.created_at, window));
  // Timestamps are strictly increasing (SimClock.stamp), so (created_at, id) order is creation order.
  const page = paginate(matching, order, limit, cursor);
  return {
    status: 200,
    body: {
      events: page.items,
      ...(page.next_page_cursor ? { next_page_cursor: page.next_page_cursor } : {}),
    },
  };
}

export function getEvent(world: World, req: RouteRequest): SimAnswer {
  const found = world.state.events.find((e) => e.data.id === req.params.id);
  if (!found) throw notFound(`no event found for id: ${req.params.id ?? ''}`);
  return { status: 200, body: found.data };
}
