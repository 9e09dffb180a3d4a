// A credential's request-signing key, as the vault keeps it: inside the credential's own
// keychain item (credentials.ts), so the key and the credential it signs for are saved, replaced
// and forgotten together. A key is "ready" once made or imported (its public key shown for the
// operator to register in the Paxos Dashboard) and "on" once the operator gives the key ID the
// Dashboard assigned: only then is every request signed. The private key never leaves main.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { AppError } from '../../shared/app-error';
import { algorithmOf, type SigningAlgorithm } from '../paxos/request-signing';

export interface StoredSigningKey {
  algorithm: SigningAlgorithm;
  privateKeyPem: string;
  publicKeyPem: string;
  /** The Dashboard's key ID; null while the key waits to be registered (signing not on yet). */
  keyId: string | null;
}

/** What may be shown: never the private key. */
export interface SigningStatus {
  state: 'off' | 'key_ready' | 'on';
  algorithm?: SigningAlgorithm;
  publicKeyPem?: string;
  /** SHA-256 of the public key (SPKI DER), first 16 bytes in hex: to compare keys by eye. */
  fingerprint?: string;
  keyId?: string;
}

export function newSigningKey(algorithm: SigningAlgorithm): StoredSigningKey {
  const pair =
    algorithm === 'EdDSA'
      ? generateKeyPairSync('ed25519')
      : generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  return {
    algorithm,
    privateKeyPem: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    keyId: null,
  };
}

/** An operator's own private key (PEM): Ed25519 or P-256 only, the two Paxos accepts. */
export function importSigningKey(pem: string): StoredSigningKey {
  const refuse = () =>
    new AppError(
      'validation',
      'Paste an unencrypted Ed25519 or P-256 (ES256) private key in PEM form; Paxos accepts only those two.',
      { field: 'privateKeyPem' },
    );
  let key;
  try {
    key = createPrivateKey(pem.trim());
  } catch {
    throw refuse();
  }
  const algorithm = algorithmOf(key);
  if (!algorithm) throw refuse();
  return {
    algorithm,
    privateKeyPem: key.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: createPublicKey(key).export({ type: 'spki', format: 'pem' }).toString(),
    keyId: null,
  };
}

export function signingFingerprint(publicKeyPem: string): string {
  const der = createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex').slice(0, 32);
}

export function signingStatus(key: StoredSigningKey | undefined): SigningStatus {
  if (!key) return { state: 'off' };
  return {
    state: key.keyId === null ? 'key_ready' : 'on',
    algorithm: key.algorithm,
    publicKeyPem: key.publicKeyPem,
    fingerprint: signingFingerprint(key.publicKeyPem),
    ...(key.keyId === null ? {} : { keyId: key.keyId }),
  };
}

/** The Dashboard's key ID as typed: trimmed, printable, no spaces. */
export function normalizeKeyId(input: string): string {
  const keyId = input.trim();
  if (keyId === '' || keyId.length > 200 || !/^[\x21-\x7e]+$/.test(keyId))
    throw new AppError(
      'validation',
      'Enter the key ID exactly as the Paxos Dashboard shows it for this public key.',
      { field: 'keyId' },
    );
  return keyId;
}

/** undefined when the stored part is absent or not ours. */
export function decodeSigningKey(value: unknown): StoredSigningKey | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (
    (v.algorithm === 'EdDSA' || v.algorithm === 'ES256') &&
    typeof v.privateKeyPem === 'string' &&
    typeof v.publicKeyPem === 'string' &&
    (v.keyId === null || typeof v.keyId === 'string')
  )
    return {
      algorithm: v.algorithm,
      privateKeyPem: v.privateKeyPem,
      publicKeyPem: v.publicKeyPem,
      keyId: v.keyId,
    };
  return undefined;
}
