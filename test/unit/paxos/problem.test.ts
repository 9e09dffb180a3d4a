import { describe, expect, it } from 'vitest';
import { fieldNamed, parseProblem, problemToError } from '../../../main/paxos/problem';

const label = { method: 'POST', path: '/v2/orchestration/orchestrations' };
const map = (status: number, body: unknown, extra = {}) => {
  const e = problemToError(status, parseProblem(body), { label, ...extra });
  return {
    code: e.code,
    message: e.message,
    details: e.details,
    status: e.status,
    retryable: e.retryable,
  };
};

describe('RFC 7807 problem → AppError', () => {
  it('insufficient funds from meta', () => {
    expect(
      map(403, {
        type: 'https://developer.paxos.com/docs/v2/problems/insufficient-funds',
        title: 'Insufficient Funds',
        status: 403,
        detail: 'insufficient USD funds in profile b7b7: 100 needed, 50 available',
        meta: { profile_id: 'b7b7', asset: 'USD', available: '50', needed: '1000.5' },
      }),
    ).toEqual({
      code: 'insufficient_funds',
      status: 403,
      retryable: false,
      message:
        'Not enough USD available in the Paxos profile: 1,000.50 USD needed, 50.00 USD available.',
      details: { asset: 'USD', available: '50', needed: '1000.5', profileId: 'b7b7' },
    });
  });

  it('insufficient funds read from the detail when meta is missing', () => {
    expect(
      map(403, {
        type: 'https://developer.paxos.com/docs/v2/problems/insufficient-funds',
        detail: 'insufficient USDG funds in profile p1: 100 needed, 50.25 available',
      }).details,
    ).toEqual({ asset: 'USDG', available: '50.25', needed: '100', profileId: 'p1' });
  });

  it('already exists carries the existing record', () => {
    const existing = { id: 'o1', ref_id: 'r1' };
    expect(
      map(409, {
        type: 'https://developer.paxos.com/docs/v2/problems/already-exists',
        title: 'Already Exists',
        status: 409,
        meta: { existing },
      }),
    ).toMatchObject({ code: 'already_exists', details: { existing } });
    expect(map(409, { title: 'Already Exists' }).details).toEqual({ existing: null });
  });

  it('validation names the field', () => {
    expect(
      map(400, {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail: 'account_number must be set',
      }),
    ).toMatchObject({
      code: 'validation',
      message: 'Paxos rejected the request: account_number must be set.',
      details: { field: 'account_number', detail: 'account_number must be set' },
    });
    expect(
      map(400, { detail: "invalid amount '-10': must be positive decimal" }).details,
    ).toMatchObject({ field: 'amount' });
    expect(map(400, { detail: 'id must be uuid, given 2d92' }).details).toMatchObject({
      field: 'id',
    });
    expect(
      map(400, { detail: 'fiat account has invalid status REJECTED, must be approved' }).details,
    ).toMatchObject({ field: null });
    expect(
      map(400, { detail: 'something odd', meta: { field: 'destination.fiat.memo' } }).details,
    ).toMatchObject({ field: 'destination.fiat.memo' });
    expect(
      map(
        400,
        {
          type: 'https://developer.paxos.com/docs/v2/problems/exceed-precision',
          detail: 'max precision allowed for asset ETH is 18',
        },
        { amountField: 'source_amount' },
      ).details,
    ).toMatchObject({ field: 'source_amount' });
  });

  it('forbidden names missing scopes', () => {
    expect(
      map(403, { title: 'Forbidden', detail: 'Insufficient scopes: requires events:read_event' }),
    ).toMatchObject({ code: 'forbidden', details: { missingScopes: ['events:read_event'] } });
    expect(
      map(403, { detail: 'nope', meta: { missing_scopes: ['transfer:read_transfer'] } }).details,
    ).toEqual({ missingScopes: ['transfer:read_transfer'] });
    expect(map(403, { detail: 'user account is disabled' })).toMatchObject({
      code: 'forbidden',
      message: 'Paxos refused the request: user account is disabled',
    });
  });

  it('401, 404, 429 and 5xx', () => {
    expect(map(401, { detail: 'no authorization header set' }).code).toBe('unauthorized');
    expect(map(404, { detail: 'no fiat account found for id: x' })).toMatchObject({
      code: 'not_found',
      message: 'Paxos has no such record (no fiat account found for id: x).',
    });
    expect(map(429, {}, { retryAt: new Date('2026-05-01T14:05:00Z') })).toMatchObject({
      code: 'rate_limited',
      details: { retryAt: '2026-05-01T14:05:00.000Z' },
      retryable: true,
    });
    expect(map(503, '<html>down</html>')).toMatchObject({
      code: 'unavailable',
      retryable: true,
      details: { status: 503 },
    });
  });

  it('never shows [object Object] or a stack, even for junk bodies', () => {
    for (const body of [null, 'text', [1, 2], { detail: { nested: true } }, { title: 42 }]) {
      const { message } = map(400, body);
      expect(message).not.toMatch(/\[object|at \w+ \(/);
    }
  });

  it('fieldNamed ignores ordinary words', () => {
    expect(fieldNamed({}, 'this is not allowed')).toBeUndefined();
    expect(fieldNamed({}, 'source_asset must be set')).toBe('source_asset');
  });
});
