// Query strings, endpoints, lenient parsing and pagination: the pieces that shape what is sent
// and how answers are read.
import { describe, expect, it } from 'vitest';
import { resolvePaxosEndpoints } from '../../../main/paxos/environments';
import { collectAll, iteratePages, readPage, type Page } from '../../../main/paxos/pagination';
import { parseAs } from '../../../main/paxos/parse';
import { buildQuery, checkLimit, timeWindowParams } from '../../../main/paxos/query';
import { ruleRequestBody } from '../../../main/paxos/rule-fields';
import { isTerminalOrchestration } from '../../../shared/paxos/status-meanings';
import {
  OrchestrationSchema,
  ProfileSchema,
  TransferSchema,
} from '../../../shared/paxos/responses';

describe('query strings', () => {
  it('repeats keys for arrays and keeps the dotted timestamp operators', () => {
    const q = buildQuery({
      status: ['PROCESSING', 'FAILED'],
      limit: 50,
      ...timeWindowParams('created_at', {
        gte: '2026-05-01T14:00:00Z',
        lt: new Date('2026-05-02T00:00:00Z'),
      }),
      page_cursor: undefined,
    });
    expect(q).toBe(
      '?status=PROCESSING&status=FAILED&limit=50&created_at.lt=2026-05-02T00%3A00%3A00.000Z&created_at.gte=2026-05-01T14%3A00%3A00Z',
    );
    expect(buildQuery({})).toBe('');
  });

  it('refuses more than 100 values, bad limits and bad timestamps', () => {
    expect(() => buildQuery({ ref_id: Array.from({ length: 101 }, (_, i) => `r${i}`) })).toThrow(
      /at most 100 values/,
    );
    expect(
      buildQuery({ ref_id: Array.from({ length: 100 }, (_, i) => `r${i}`) }).split('&'),
    ).toHaveLength(100);
    expect(() => checkLimit(0)).toThrow(/1 to 1000/);
    expect(() => checkLimit(1001)).toThrow(/1 to 1000/);
    expect(() => checkLimit(2.5)).toThrow();
    expect(() => timeWindowParams('created_at', { gte: 'yesterday' })).toThrow(/RFC 3339/);
  });
});

describe('endpoints', () => {
  it('resolves production and sandbox, with the sandbox host the docs use', () => {
    expect(resolvePaxosEndpoints('production')).toMatchObject({
      apiUrl: 'https://api.paxos.com/v2',
      tokenUrl: 'https://oauth.paxos.com/oauth2/token',
      source: 'default',
    });
    expect(resolvePaxosEndpoints('sandbox')).toMatchObject({
      apiUrl: 'https://api.sandbox.paxos.com/v2',
      tokenUrl: 'https://oauth.sandbox.paxos.com/oauth2/token',
    });
  });

  it('lets environment variables override, and requires URLs for demo and custom', () => {
    const env = {
      TREASURY_PAXOS_API_URL: 'http://127.0.0.1:9999/v2/',
      TREASURY_PAXOS_TOKEN_URL: 'http://127.0.0.1:9999/oauth2/token',
    };
    expect(resolvePaxosEndpoints('production', {}, env)).toMatchObject({
      apiUrl: 'http://127.0.0.1:9999/v2',
      source: 'env',
    });
    expect(() => resolvePaxosEndpoints('demo')).toThrow(/needs both an API URL and a token URL/);
    expect(
      resolvePaxosEndpoints('custom', {
        apiUrl: 'https://staging.example/v2',
        tokenUrl: 'https://staging.example/oauth2/token',
      }).source,
    ).toBe('override');
  });

  it('refuses plain http to anything but this computer', () => {
    expect(() =>
      resolvePaxosEndpoints('custom', {
        apiUrl: 'http://paxos.example/v2',
        tokenUrl: 'https://x/t',
      }),
    ).toThrow(/must use https/);
  });
});

describe('lenient parsing', () => {
  it('keeps unknown fields and unknown enum values, drops malformed optional fields', () => {
    const o = parseAs(
      OrchestrationSchema,
      {
        id: 'o1',
        status: 'PENDING_APPROVAL',
        novel: { x: 1 },
        source_amount: 12,
        fail_reason: 'oops',
        destination_transfer: { status: 'PENDING' },
      },
      'orchestration',
    );
    expect(o).toMatchObject({
      id: 'o1',
      status: 'PENDING_APPROVAL',
      novel: { x: 1 },
      source_amount: undefined,
      fail_reason: undefined,
      destination_transfer: { status: 'PENDING' },
    });
    expect(o.destination_transfer?.transfer_id).toBeUndefined();
    expect(isTerminalOrchestration(o.status)).toBe(false);
    expect(parseAs(OrchestrationSchema, { id: 'o2' }, 'orchestration').status).toBe('UNKNOWN');
    expect(
      parseAs(TransferSchema, { id: 't', status: 'COMPLETE', type: 'RTP_DEPOSIT' }, 'transfer'),
    ).toMatchObject({ status: 'COMPLETE', type: 'RTP_DEPOSIT' });
  });

  it('a record without an id is a bad_response', () => {
    expect(() => parseAs(ProfileSchema, { nickname: 'x' }, 'profile')).toThrow(
      expect.objectContaining({ code: 'bad_response' }),
    );
    expect(() => parseAs(ProfileSchema, 'junk', 'profile')).toThrow(
      expect.objectContaining({ code: 'bad_response' }),
    );
  });
});

describe('pages', () => {
  it('refuses a page larger than any request asks for, before parsing an item (issue 21)', () => {
    const items = Array.from({ length: 1001 }, (_, i) => ({ id: `o-${i}` }));
    expect(() => readPage({ items }, OrchestrationSchema, 'list')).toThrow(
      expect.objectContaining({ code: 'bad_response' }),
    );
    expect(
      readPage({ items: items.slice(0, 1000) }, OrchestrationSchema, 'list').items,
    ).toHaveLength(1000);
  });

  it('reads items before the deprecated arrays, and next_page as a fallback cursor', () => {
    expect(
      readPage(
        { items: [{ id: 'new' }], orchestrations: [{ id: 'old' }], next_page_cursor: 'c1' },
        OrchestrationSchema,
        'list',
        'orchestrations',
      ),
    ).toMatchObject({ items: [{ id: 'new' }], nextPageCursor: 'c1' });
    expect(
      readPage(
        { rules: [{ id: 'legacy' }], next_page: 'c2' },
        OrchestrationSchema,
        'list',
        'rules',
      ),
    ).toMatchObject({ items: [{ id: 'legacy' }], nextPageCursor: 'c2' });
    expect(readPage({}, OrchestrationSchema, 'list')).toEqual({ items: [], nextPageCursor: null });
    expect(
      readPage({ items: [], next_page_cursor: '' }, OrchestrationSchema, 'list').nextPageCursor,
    ).toBeNull();
    expect(() => readPage({ items: 'nope' }, OrchestrationSchema, 'list')).toThrow(
      expect.objectContaining({ code: 'bad_response' }),
    );
    expect(() =>
      readPage({ items: [{ id: 'ok' }, { nope: 1 }] }, OrchestrationSchema, 'list'),
    ).toThrow(/list #2/);
  });

  it('follows cursors to the end and stops on a repeated cursor', async () => {
    const pages: Record<string, Page<number>> = {
      start: { items: [1, 2], nextPageCursor: 'a' },
      a: { items: [3], nextPageCursor: 'b' },
      b: { items: [4], nextPageCursor: null },
    };
    const seen: (string | undefined)[] = [];
    expect(
      await collectAll(iteratePages(async (c) => (seen.push(c), pages[c ?? 'start']!))),
    ).toEqual([1, 2, 3, 4]);
    expect(seen).toEqual([undefined, 'a', 'b']);
    await expect(
      collectAll(iteratePages(async () => ({ items: [1], nextPageCursor: 'same' }))),
    ).rejects.toMatchObject({ code: 'bad_response' });
  });
});

describe('rule destination field', () => {
  it('puts the fiat account under the one chosen field name', () => {
    const body = ruleRequestBody({
      ref_id: 'r',
      profile_id: 'p',
      source_asset: 'USDG',
      destination_asset: 'USD',
      source: { crypto: { network: 'ETHEREUM' } },
      destination: { fiat: { fiat_account_id: 'fa', memo: 'm' } },
    });
    expect(body.destination).toEqual({ fiat: { fiat_account_id: 'fa', memo: 'm' } });
  });
});
