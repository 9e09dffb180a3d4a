import { describe, expect, it } from 'vitest';
import { sanitizeAuditDetails } from '../../../../../main/desk/store/audit/audit-sanitizer';
import { isSecretKeyName } from '../../../../../shared/secret-key-names';

describe('secret key names', () => {
  it.each([
    'client_secret',
    'clientSecret',
    'Client-Secret',
    'secret',
    'access_token',
    'accessToken',
    'refresh_token',
    'authorization',
    'Authorization',
    'password',
    'apiKey',
    'private_key',
    'credentials',
    'cookie',
  ])('treats %s as a secret', (name) => expect(isSecretKeyName(name)).toBe(true));

  it.each([
    'clientId',
    'client_id',
    'token_url',
    'tokenUrl',
    'token_type',
    'refId',
    'amount',
    'scopes',
    'status',
  ])('keeps %s', (name) => expect(isSecretKeyName(name)).toBe(false));
});

describe('sanitizeAuditDetails', () => {
  it('removes secret fields inside arrays too', () => {
    const { details, redacted } = sanitizeAuditDetails({
      attempts: [{ status: 401, clientSecret: 'x' }, { status: 200 }],
    });
    expect(details).toEqual({ attempts: [{ status: 401 }, { status: 200 }] });
    expect(redacted).toEqual(['attempts.0.clientSecret']);
  });

  it('redacts a bare JWT value wherever it appears', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl';
    expect(sanitizeAuditDetails({ list: [jwt] })).toEqual({
      details: { list: ['[redacted]'] },
      redacted: ['list.0'],
    });
  });

  it('turns what JSON cannot hold into something it can, and survives cycles', () => {
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    const { details } = sanitizeAuditDetails({
      big: 10n,
      when: new Date('2026-03-01T00:00:00Z'),
      fn: () => 1,
      cyclic,
      error: new Error('boom'),
    });
    expect(details).toEqual({
      big: '10',
      when: '2026-03-01T00:00:00.000Z',
      cyclic: { name: 'loop', self: '[circular]' },
      error: { name: 'Error', message: 'boom' },
    });
  });

  it('bounds very long strings', () => {
    const { details } = sanitizeAuditDetails({ text: 'a'.repeat(5000) });
    expect((details.text as string).length).toBeLessThanOrEqual(2001);
  });
});
