// The rest of what the simulator learnt from the 2026-07 document, without HTTP: events paged by
// cursor in both orders with limit 1–100, crypto destinations by address + network (the
// deprecated ids still accepted), rate-limit headers and the 429 problem.
import { describe, expect, it } from 'vitest';
import { NO_APPROVALS } from '../../../main/simulator/approvals';
import { SimClock } from '../../../main/simulator/clock';
import { createOrchestration } from '../../../main/simulator/handlers/orchestrations';
import { createRule } from '../../../main/simulator/handlers/rules';
import { listEvents } from '../../../main/simulator/handlers/transfers-events';
import { settle } from '../../../main/simulator/lifecycle';
import { serverError, tooManyRequests } from '../../../main/simulator/problems';
import { QueryReader } from '../../../main/simulator/query';
import { seededRandom } from '../../../main/simulator/random';
import { RATE_LIMIT_HEADERS, RateLimiter } from '../../../main/simulator/rate-limit';
import { SEED_IDS, seedState } from '../../../main/simulator/seed';
import type { JsonObject } from '../../../main/simulator/types';
import { emitEvent, type World } from '../../../main/simulator/world';

function world(): World {
  const clock = new SimClock(() => Date.parse('2026-08-01T14:00:00Z'));
  return {
    state: seedState(clock, true),
    clock,
    random: seededRandom(3),
    timing: { fiatApprovalMs: 1000, orchestrationStepMs: 100 },
    approvals: { ...NO_APPROVALS },
    pendingFailures: [],
    touch: () => undefined,
  };
}
const req = (body: unknown, query: Record<string, string> = {}) => ({
  params: {},
  query: new QueryReader(new URLSearchParams(query)),
  body,
});
const problemOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error as { status: number; title: string; detail: string };
  }
  throw new Error('expected a problem');
};

describe('events: order and page_cursor', () => {
  const withEvents = (n: number) => {
    const w = world();
    for (let i = 0; i < n; i += 1) emitEvent(w, `test.e${i}`, 'test', { n: i });
    return w;
  };
  const walk = (w: World, query: Record<string, string>) => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const body = listEvents(
        w,
        req(undefined, { ...query, ...(cursor ? { page_cursor: cursor } : {}) }),
      ).body as { events: JsonObject[]; next_page_cursor?: string };
      seen.push(...body.events.map((e) => String(e.type)));
      cursor = body.next_page_cursor;
      pages += 1;
    } while (cursor);
    return { seen, pages };
  };

  it('pages through every event once, ascending by default and descending on request', () => {
    const w = withEvents(7);
    const all = Array.from({ length: 7 }, (_, i) => `test.e${i}`);
    expect(walk(w, { limit: '3' })).toEqual({ seen: all, pages: 3 });
    expect(walk(w, { limit: '3', order: 'DESC' })).toEqual({ seen: [...all].reverse(), pages: 3 });
    expect(walk(w, { limit: '7', order: 'ASC' })).toEqual({ seen: all, pages: 1 });
  });

  it('keeps the created_at window working beside the cursor', () => {
    const w = withEvents(4);
    const third = w.state.events[2]!.data.created_at;
    const body = listEvents(w, req(undefined, { 'created_at.gte': third })).body as {
      events: JsonObject[];
    };
    expect(body.events.map((e) => e.type)).toEqual(['test.e2', 'test.e3']);
  });

  it('refuses a limit over 100 (or under 1) with a 400, and a cursor of another order', () => {
    const w = withEvents(3);
    expect(problemOf(() => listEvents(w, req(undefined, { limit: '101' })))).toMatchObject({
      status: 400,
      title: 'Bad Request',
      detail: 'limit must be an integer between 1 and 100',
    });
    expect(problemOf(() => listEvents(w, req(undefined, { limit: '0' }))).status).toBe(400);
    const page = listEvents(w, req(undefined, { limit: '1' })).body as { next_page_cursor: string };
    expect(
      problemOf(() =>
        listEvents(w, req(undefined, { order: 'DESC', page_cursor: page.next_page_cursor })),
      ).detail,
    ).toBe('invalid page_cursor');
  });
});

describe('crypto destinations', () => {
  const address = '0x52908400098527886E0F7030069857D2E4169EE7';
  const toAddress = (w: World, destination: JsonObject, ref = 'c1') =>
    createOrchestration(
      w,
      req({
        ref_id: ref,
        source_asset: 'USDG',
        destination_asset: 'USDG',
        source_amount: '25',
        source: { profile: { profile_id: SEED_IDS.operatingProfile } },
        destination,
      }),
    ).body as JsonObject;

  it('an orchestration to address + network ends in a CRYPTO_WITHDRAWAL to that address', () => {
    const w = world();
    const o = toAddress(w, { crypto: { address, network: 'ETHEREUM' } });
    expect(o.destination).toEqual({ crypto: { address, network: 'ETHEREUM' } });
    settle(w);
    expect(o.status).toBe('COMPLETED');
    const out = w.state.transfers.find(
      (t) => t.data.id === (o.destination_transfer as JsonObject).transfer_id,
    );
    expect(out?.data).toMatchObject({
      type: 'CRYPTO_WITHDRAWAL',
      status: 'COMPLETED',
      destination_address: address,
      crypto_network: 'ETHEREUM',
    });
    expect(w.state.events.map((e) => e.data.type)).toContain(
      'transfer.crypto_withdrawal.completed',
    );
  });

  it('still accepts the deprecated address_id (orchestrations) and crypto_address_id (rules)', () => {
    const w = world();
    expect(toAddress(w, { crypto: { address_id: 'addr-1' } }).destination).toEqual({
      crypto: { address_id: 'addr-1' },
    });
    const { rule } = createRule(
      w,
      req({
        ref_id: 'rule-c',
        profile_id: SEED_IDS.defaultProfile,
        source_asset: 'USDC',
        destination_asset: 'USDG',
        source: { crypto: { network: 'ETHEREUM' } },
        destination: { crypto: { crypto_address_id: 'addr-2' } },
      }),
    ).body as { rule: JsonObject };
    expect(rule.destination).toEqual({ crypto: { crypto_address_id: 'addr-2' } });
  });

  it('refuses an address without its network, a bad EVM address, and USD to an address', () => {
    const w = world();
    const p = (destination: JsonObject, asset = 'USDG') =>
      problemOf(() =>
        createOrchestration(
          w,
          req({
            ref_id: `bad-${Math.random()}`,
            source_asset: 'USDG',
            destination_asset: asset,
            source_amount: '1',
            source: { profile: { profile_id: SEED_IDS.operatingProfile } },
            destination,
          }),
        ),
      ).detail;
    expect(p({ crypto: { address } })).toBe('destination.crypto.network must be set');
    expect(p({ crypto: { address: '0x12', network: 'ETHEREUM' } })).toMatch(/not a valid ETHEREUM/);
    expect(p({ crypto: { address, network: 'ETHEREUM' } }, 'USD')).toMatch(/must be a stablecoin/);
  });
});

describe('rate-limit headers and the 429 problem', () => {
  it('every answer let through names the bucket: limit, remaining, reset', () => {
    const limiter = new RateLimiter({
      enabled: true,
      tokenPerSecond: 1,
      apiPerSecond: 3,
      windowMs: 1000,
      coolDownMs: 5000,
    });
    expect(limiter.hit('ip', 'api', 10_000).headers).toEqual({
      [RATE_LIMIT_HEADERS.limit]: '3',
      [RATE_LIMIT_HEADERS.remaining]: '2',
      [RATE_LIMIT_HEADERS.reset]: '1',
    });
    limiter.hit('ip', 'api', 10_001);
    expect(limiter.hit('ip', 'api', 10_002).headers[RATE_LIMIT_HEADERS.remaining]).toBe('0');
    expect(limiter.hit('ip', 'api', 10_003).headers).toMatchObject({
      [RATE_LIMIT_HEADERS.remaining]: '0',
      [RATE_LIMIT_HEADERS.reset]: '5',
    });
  });

  it('a 429 is "Too Many Requests" with Retry-After, also when an error fault answers it', () => {
    expect(tooManyRequests(300).body()).toEqual({
      type: 'about:blank',
      title: 'Too Many Requests',
      status: 429,
      detail: 'Too many requests',
    });
    expect(tooManyRequests(300).headers['retry-after']).toBe('300');
    const fault = serverError(429);
    expect([fault.status, fault.title]).toEqual([429, 'Too Many Requests']);
    expect(fault.headers['retry-after']).toBeDefined();
    expect(serverError(502).title).toBe('Bad Gateway');
    expect(serverError(500).title).toBe('Internal Server Error');
  });
});
