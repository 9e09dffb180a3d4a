// Paxos's JWS request signing (docs: guides/developer/request-signing; paxos-api.md "Optional
// JWS request signing"). Once Paxos turns signing on for a credential, every authenticated
// request must carry a `Paxos-Signature` header: a compact JWS whose protected header names the
// key (`kid`, the id the Dashboard gives the registered public key), the algorithm (EdDSA or
// ES256), the time, the method and the path with its query; the payload is the request body's
// exact bytes. Signed with node:crypto only: no JOSE dependency for two algorithms.
//
// Decisions where the docs are silent:
// - A GET or DELETE has no body, so its payload is empty (the docs ask for the body bytes only
//   of POST and PUT; an empty payload is the only reading that signs every request).
// - `paxos.com/timestamp` is a string of Unix seconds, as in the docs' example header.
// - Every attempt is signed afresh (same body bytes, new timestamp), so a retry after a long
//   cool-down never carries a signature near its 30-minute end.
// - The token request (OAuth) is not signed: the docs sign API requests and send the token
//   request unsigned in their own example.
import { createPrivateKey, sign, type KeyObject } from 'node:crypto';

export const SIGNING_ALGORITHMS = ['EdDSA', 'ES256'] as const;
export type SigningAlgorithm = (typeof SIGNING_ALGORITHMS)[number];

/** The header Paxos reads the signature from. */
export const SIGNATURE_HEADER = 'paxos-signature';

/** What the client signs with: held in main's memory only, as a KeyObject. */
export interface RequestSigningKey {
  keyId: string;
  algorithm: SigningAlgorithm;
  privateKey: KeyObject;
}

/** A signing key as the vault hands it to the client (PEM, read from the keychain). */
export interface SigningKeyMaterial {
  keyId: string;
  algorithm: SigningAlgorithm;
  privateKeyPem: string;
}

export interface SignedRequest {
  method: string;
  /** The URL's path and query exactly as sent, e.g. /v2/transfer/transfers?ref_ids=td-1 */
  pathWithQuery: string;
  /** The body's exact text; undefined for a request without one. */
  body: string | undefined;
  nowMs: number;
}

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/** Turns the vault's PEM into a key, checking it is of the algorithm it claims. */
export function loadSigningKey(material: SigningKeyMaterial): RequestSigningKey {
  const privateKey = createPrivateKey(material.privateKeyPem);
  if (algorithmOf(privateKey) !== material.algorithm)
    throw new Error(`the signing key is not an ${material.algorithm} key`);
  return { keyId: material.keyId, algorithm: material.algorithm, privateKey };
}

/** EdDSA for an Ed25519 key, ES256 for a P-256 one; undefined for any other key. */
export function algorithmOf(key: KeyObject): SigningAlgorithm | undefined {
  if (key.asymmetricKeyType === 'ed25519') return 'EdDSA';
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1')
    return 'ES256';
  return undefined;
}

/** The `Paxos-Signature` value for one request: a compact JWS over its exact body bytes. */
export function signRequest(key: RequestSigningKey, request: SignedRequest): string {
  const header = {
    alg: key.algorithm,
    kid: key.keyId,
    'paxos.com/timestamp': String(Math.floor(request.nowMs / 1000)),
    'paxos.com/request-method': request.method.toUpperCase(),
    'paxos.com/request-path': request.pathWithQuery,
  };
  const input = `${b64url(JSON.stringify(header))}.${b64url(request.body ?? '')}`;
  const signature =
    key.algorithm === 'ES256'
      ? // JWS wants ES256 as the raw r‖s pair (RFC 7518 §3.4), not DER.
        sign('sha256', Buffer.from(input), { key: key.privateKey, dsaEncoding: 'ieee-p1363' })
      : sign(null, Buffer.from(input), key.privateKey);
  return `${input}.${b64url(signature)}`;
}
