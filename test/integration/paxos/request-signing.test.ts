// Paxos's JWS request signing, client against the simulator over loopback HTTP: a credential
// with signing on has every request signed (reads and writes, queries included), over the exact
// bytes that went out, and the simulator (which verifies as Paxos documents) accepts them; a body
// changed after signing, a key Paxos does not know, and an unsigned request are refused, in
// words, and the write is never sent a second time.
import { createPublicKey, verify } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createPaxosClient, isPaxosError, type PaxosClient } from '../../../main/paxos';
import { startSimulator, type RunningSimulator } from '../../../main/simulator';
import { SEED_IDS } from '../../../main/simulator/seed';
import { newSigningKey } from '../../../main/vault/signing-key';
import type { SigningAlgorithm } from '../../../main/paxos/request-signing';
import { FAST_TIMING, refId } from './harness';

interface Sent {
  method: string;
  url: string;
  body: string | undefined;
  signature: string | undefined;
}

let sim: RunningSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function setUp(
  options: { algorithm?: SigningAlgorithm; register?: boolean; sign?: boolean } = {},
  tamper?: (body: string) => string,
) {
  sim = await startSimulator({ timing: FAST_TIMING, seed: 7 });
  const key = newSigningKey(options.algorithm ?? 'EdDSA');
  const keyId = '5498f424-78aa-414b-a515-13929e6951db';
  const { clientId, clientSecret } = sim.credentials;
  sim.control.requireSignedRequests(true, clientId);
  if (options.register ?? true)
    sim.control.registerSigningKey(clientId, { keyId, publicKeyPem: key.publicKeyPem });
  const sent: Sent[] = [];
  const client: PaxosClient = createPaxosClient({
    environment: 'demo',
    endpoints: { apiUrl: sim.url, tokenUrl: sim.tokenUrl },
    env: {},
    getCredentials: async () => ({
      clientId,
      clientSecret,
      ...((options.sign ?? true)
        ? { signing: { keyId, algorithm: key.algorithm, privateKeyPem: key.privateKeyPem } }
        : {}),
    }),
    tokenMinIntervalMs: 20,
    backoff: { baseDelayMs: 5, maxDelayMs: 20 },
    fetch: async (input, init) => {
      const headers = new Headers(init.headers);
      const body = typeof init.body === 'string' ? init.body : undefined;
      const onWire =
        body !== undefined && tamper && !input.includes('/oauth2/') ? tamper(body) : body;
      sent.push({
        method: init.method ?? 'GET',
        url: input,
        body: onWire,
        signature: headers.get('paxos-signature') ?? undefined,
      });
      return fetch(input, { ...init, ...(onWire === undefined ? {} : { body: onWire }) });
    },
  });
  return { client, key, keyId, sent, sim };
}

const withdrawal = () => ({
  ref_id: refId('td-sign'),
  profile_id: SEED_IDS.defaultProfile,
  fiat_account_id: SEED_IDS.operatingBankAccount,
  asset: 'USD' as const,
  amount: '25.00',
});

/** Read apart from the simulator's own checker: the JWS as a reader of Paxos's docs would. */
function readJws(jws: string, publicKeyPem: string) {
  const [h = '', p = '', s = ''] = jws.split('.');
  const header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as Record<string, string>;
  const input = Buffer.from(`${h}.${p}`);
  const signature = Buffer.from(s, 'base64url');
  const key = createPublicKey(publicKeyPem);
  const valid =
    header.alg === 'ES256'
      ? verify('sha256', input, { key, dsaEncoding: 'ieee-p1363' }, signature)
      : verify(null, input, key, signature);
  return { header, payload: Buffer.from(p, 'base64url').toString('utf8'), valid };
}

describe('request signing (JWS, Paxos-Signature)', () => {
  for (const algorithm of ['EdDSA', 'ES256'] as const) {
    it(`${algorithm}: every request is signed over the exact bytes sent, and Paxos accepts it`, async () => {
      const { client, key, keyId, sent } = await setUp({ algorithm });
      const profiles = await client.listAllProfiles();
      expect(profiles.length).toBeGreaterThan(0);
      expect(await client.listBalances(SEED_IDS.defaultProfile, ['USD', 'USDC'])).not.toEqual([]);
      const created = await client.createFiatWithdrawal(withdrawal());
      expect(created.transfer.status).toBe('PENDING');
      const found = await client.findFiatWithdrawalByRefId(created.transfer.ref_id ?? '');
      expect(found?.id).toBe(created.transfer.id);

      const api = sent.filter((s) => !s.url.includes('/oauth2/'));
      expect(api.length).toBeGreaterThanOrEqual(3);
      for (const request of api) {
        expect(request.signature, `${request.method} ${request.url}`).toBeDefined();
        const jws = readJws(request.signature ?? '', key.publicKeyPem);
        const url = new URL(request.url);
        expect(jws.valid).toBe(true);
        expect(jws.header).toMatchObject({
          alg: algorithm,
          kid: keyId,
          'paxos.com/request-method': request.method,
          'paxos.com/request-path': `${url.pathname}${url.search}`,
        });
        expect(
          Math.abs(Number(jws.header['paxos.com/timestamp']) * 1000 - Date.now()),
        ).toBeLessThan(10 * 60_000);
        expect(jws.payload).toBe(request.body ?? '');
      }
      // The query is part of what is signed (List Transfers by ref_ids).
      expect(api.some((r) => new URL(r.url).search.includes('ref_ids'))).toBe(true);
      // The token request is not an API request: Paxos's own example sends it unsigned.
      expect(sent.filter((s) => s.url.includes('/oauth2/')).every((s) => !s.signature)).toBe(true);
    });
  }

  it('a body changed after signing is refused, in words, and never sent twice', async () => {
    const { client, sim: s } = await setUp({}, (body) => body.replace('25.00', '2500.00'));
    const before = s.control.snapshot().transfers.length;
    const error = await client.createFiatWithdrawal(withdrawal()).catch((e: unknown) => e);
    expect(isPaxosError(error) && error.code).toBe('signature_required');
    expect(isPaxosError(error) && error.message).toMatch(/Paxos refused this request's signature/);
    expect(isPaxosError(error) && error.details?.detail).toMatch(/payload does not match/);
    expect(s.control.counts()['POST /v2/transfer/fiat-withdrawals']).toBe(1);
    expect(s.control.snapshot().transfers.length).toBe(before);
  });

  it('a key Paxos does not have for this credential is refused and not resent', async () => {
    const { client, sent, sim: s } = await setUp({ register: false });
    const error = await client.createFiatWithdrawal(withdrawal()).catch((e: unknown) => e);
    expect(isPaxosError(error) && error.code).toBe('signature_required');
    expect(isPaxosError(error) && error.details?.detail).toMatch(/unknown kid/);
    expect(s.control.counts()['POST /v2/transfer/fiat-withdrawals']).toBe(1);
    // A refused signature is not an expired token: no fresh token and second attempt.
    expect(sent.filter((r) => r.url.includes('/oauth2/')).length).toBe(1);
  });

  it('a credential without a key, where Paxos demands signing: a clear refusal, sent once', async () => {
    const { client, sent, sim: s } = await setUp({ sign: false });
    const error = await client.createFiatWithdrawal(withdrawal()).catch((e: unknown) => e);
    expect(isPaxosError(error) && error.code).toBe('signature_required');
    expect(isPaxosError(error) && error.message).toMatch(/requires signed requests/);
    expect(sent.every((r) => r.signature === undefined)).toBe(true);
    expect(s.control.counts()['POST /v2/transfer/fiat-withdrawals']).toBe(1);
    // Not mistaken for an expired token: no second token request, no second POST.
    expect(sent.filter((r) => r.url.includes('/oauth2/')).length).toBe(1);
  });
});
