// The simulator's side of Paxos's JWS request signing: it verifies a `Paxos-Signature` as Paxos
// describes it (guides/developer/request-signing), written apart from the desk's signer so that
// a mistake in one is caught by the other. A request is accepted only if the compact JWS names
// a key registered for the credential (`kid`), with the algorithm of that key (EdDSA or ES256),
// a timestamp at most 30 minutes old, the method and the path-with-query it was sent to, a
// payload equal to the body's bytes as received (empty for a request without a body), and a
// signature that verifies.
//
// Paxos does not document how it rejects a bad signature beyond "rejects"; the simulator
// answers 401 with a detail naming the Paxos-Signature and what was wrong, which is what the
// desk's refusal detector reads (paxos/signature-refusal.ts). A timestamp more than five
// minutes ahead of the clock is refused too (an assumption: clock skew beyond that is a fault).
import { createPublicKey, verify, type KeyObject } from 'node:crypto';

export interface RegisteredSigningKey {
  keyId: string;
  publicKeyPem: string;
}

export interface ReceivedRequest {
  method: string;
  /** The request target as received: path and query, unparsed. */
  rawPath: string;
  /** The body's exact text ('' when there is none). */
  body: string;
}

const VALID_FOR_MS = 30 * 60_000;
const SKEW_MS = 5 * 60_000;

/** Undefined when the signature is good; otherwise what is wrong with it, in words. */
export function signatureProblem(
  jws: string | undefined,
  keys: readonly RegisteredSigningKey[],
  request: ReceivedRequest,
  nowMs: number,
): string | undefined {
  if (!jws) return 'missing Paxos-Signature header: this credential requires signed requests';
  const parts = jws.trim().split('.');
  if (parts.length !== 3) return 'Paxos-Signature is not a compact JWS';
  const [headerPart = '', payloadPart = '', signaturePart = ''] = parts;
  const header = readHeader(headerPart);
  if (!header) return 'Paxos-Signature header part is not a JSON object';
  const registered = keys.find((k) => k.keyId === header.kid);
  if (!registered) return `Paxos-Signature names an unknown kid for this credential`;
  const key = createPublicKey(registered.publicKeyPem);
  if (header.alg !== expectedAlgorithm(key))
    return `Paxos-Signature alg does not match the registered key`;
  const timestamp = header['paxos.com/timestamp'];
  if (typeof timestamp !== 'string' || !/^\d{1,12}$/.test(timestamp))
    return 'Paxos-Signature has no paxos.com/timestamp';
  const ageMs = nowMs - Number(timestamp) * 1000;
  if (ageMs > VALID_FOR_MS) return 'Paxos-Signature has expired (older than 30 minutes)';
  if (ageMs < -SKEW_MS) return 'Paxos-Signature timestamp is in the future';
  if (header['paxos.com/request-method'] !== request.method.toUpperCase())
    return 'Paxos-Signature was made for another request method';
  if (header['paxos.com/request-path'] !== request.rawPath)
    return 'Paxos-Signature was made for another request path';
  if (!Buffer.from(payloadPart, 'base64url').equals(Buffer.from(request.body, 'utf8')))
    return 'Paxos-Signature payload does not match the request body';
  const input = Buffer.from(`${headerPart}.${payloadPart}`);
  const signature = Buffer.from(signaturePart, 'base64url');
  return verifies(header.alg, key, input, signature)
    ? undefined
    : 'Paxos-Signature does not verify';
}

function verifies(alg: unknown, key: KeyObject, input: Buffer, signature: Buffer): boolean {
  try {
    return alg === 'ES256'
      ? verify('sha256', input, { key, dsaEncoding: 'ieee-p1363' }, signature)
      : verify(null, input, key, signature);
  } catch {
    return false; // a signature of the wrong length or shape
  }
}

function readHeader(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function expectedAlgorithm(key: KeyObject): string | undefined {
  if (key.asymmetricKeyType === 'ed25519') return 'EdDSA';
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1')
    return 'ES256';
  return undefined;
}
