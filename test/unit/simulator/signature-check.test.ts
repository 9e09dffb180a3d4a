// The desk's signer (paxos/request-signing.ts) against the simulator's verifier
// (simulator/signature-check.ts), written apart: what one makes the other accepts, and every
// part Paxos's docs bind (key, algorithm, time, method, path with query, body bytes, signature)
// is refused when it does not match.
import { describe, expect, it } from 'vitest';
import { loadSigningKey, signRequest } from '../../../main/paxos/request-signing';
import { signatureProblem } from '../../../main/simulator/signature-check';
import { importSigningKey, newSigningKey } from '../../../main/vault/signing-key';

const NOW = Date.UTC(2026, 11, 7, 12, 0, 0);
const request = {
  method: 'POST',
  rawPath: '/v2/transfer/fiat-withdrawals',
  body: '{"ref_id":"td-1","amount":"25.00"}',
};

function signed(algorithm: 'EdDSA' | 'ES256', overrides: { nowMs?: number; keyId?: string } = {}) {
  const stored = newSigningKey(algorithm);
  const key = loadSigningKey({
    keyId: overrides.keyId ?? 'kid-1',
    algorithm,
    privateKeyPem: stored.privateKeyPem,
  });
  const jws = signRequest(key, {
    method: request.method,
    pathWithQuery: request.rawPath,
    body: request.body,
    nowMs: overrides.nowMs ?? NOW,
  });
  return { jws, keys: [{ keyId: 'kid-1', publicKeyPem: stored.publicKeyPem }] };
}

describe('Paxos-Signature: signer and verifier', () => {
  for (const algorithm of ['EdDSA', 'ES256'] as const) {
    it(`${algorithm}: accepted as made; refused for any part changed`, () => {
      const { jws, keys } = signed(algorithm);
      expect(signatureProblem(jws, keys, request, NOW)).toBeUndefined();
      expect(signatureProblem(jws, keys, { ...request, body: `${request.body} ` }, NOW)).toMatch(
        /payload does not match/,
      );
      expect(signatureProblem(jws, keys, { ...request, method: 'PUT' }, NOW)).toMatch(/method/);
      expect(
        signatureProblem(jws, keys, { ...request, rawPath: `${request.rawPath}?x=1` }, NOW),
      ).toMatch(/path/);
      expect(signatureProblem(jws, keys, request, NOW + 31 * 60_000)).toMatch(/expired/);
      expect(signatureProblem(jws, keys, request, NOW + 29 * 60_000)).toBeUndefined();
      expect(signatureProblem(jws, keys, request, NOW - 10 * 60_000)).toMatch(/future/);
      const [h, p, s = ''] = jws.split('.');
      const flipped = `${h}.${p}.${s.startsWith('A') ? 'B' : 'A'}${s.slice(1)}`;
      expect(signatureProblem(flipped, keys, request, NOW)).toMatch(/does not verify/);
      expect(signatureProblem(undefined, keys, request, NOW)).toMatch(/missing Paxos-Signature/);
      expect(signatureProblem('not-a-jws', keys, request, NOW)).toMatch(/compact JWS/);
    });
  }

  it('a key of another credential, or of the other algorithm, is refused', () => {
    const { jws } = signed('EdDSA');
    const other = newSigningKey('EdDSA');
    expect(
      signatureProblem(jws, [{ keyId: 'kid-1', publicKeyPem: other.publicKeyPem }], request, NOW),
    ).toMatch(/does not verify/);
    const ec = newSigningKey('ES256');
    expect(
      signatureProblem(jws, [{ keyId: 'kid-1', publicKeyPem: ec.publicKeyPem }], request, NOW),
    ).toMatch(/alg does not match/);
    expect(signed('EdDSA', { keyId: 'kid-2' }).jws).not.toBe(jws);
    const { jws: otherKid, keys } = signed('EdDSA', { keyId: 'kid-2' });
    expect(signatureProblem(otherKid, keys, request, NOW)).toMatch(/unknown kid/);
  });

  it('a GET signs an empty payload (it has no body)', () => {
    const stored = newSigningKey('ES256');
    const key = loadSigningKey({
      keyId: 'k',
      algorithm: 'ES256',
      privateKeyPem: stored.privateKeyPem,
    });
    const rawPath = '/v2/transfer/transfers?ref_ids=td-1&limit=10';
    const jws = signRequest(key, {
      method: 'GET',
      pathWithQuery: rawPath,
      body: undefined,
      nowMs: NOW,
    });
    expect(jws.split('.')[1]).toBe('');
    const keys = [{ keyId: 'k', publicKeyPem: stored.publicKeyPem }];
    expect(signatureProblem(jws, keys, { method: 'GET', rawPath, body: '' }, NOW)).toBeUndefined();
  });

  it('imports only the two key kinds Paxos accepts, and loads only what it claims to be', () => {
    const made = newSigningKey('ES256');
    expect(importSigningKey(made.privateKeyPem)).toMatchObject({
      algorithm: 'ES256',
      publicKeyPem: made.publicKeyPem,
      keyId: null,
    });
    expect(() => importSigningKey(made.publicKeyPem)).toThrow(/Ed25519 or P-256/);
    expect(() =>
      importSigningKey('-----BEGIN PRIVATE KEY-----\nxx\n-----END PRIVATE KEY-----'),
    ).toThrow(/Ed25519 or P-256/);
    expect(() =>
      loadSigningKey({ keyId: 'k', algorithm: 'EdDSA', privateKeyPem: made.privateKeyPem }),
    ).toThrow(/not an EdDSA key/);
  });
});
