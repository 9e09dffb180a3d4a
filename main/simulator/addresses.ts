// Plausible deposit addresses and transaction hashes per network: 0x + 40 hex for EVM chains,
// base58 of a 32-byte key for Solana, and a real StrKey account ID (G…, version byte, CRC16)
// for Stellar, so wallet software would accept the format.
import { randomBytes, type Random } from './random';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function depositAddress(network: string, random: Random): string {
  switch (network.toUpperCase()) {
    case 'SOLANA':
      return base58(randomBytes(random, 32));
    case 'STELLAR':
      return stellarAccountId(randomBytes(random, 32));
    default: // ETHEREUM, BASE, POLYGON and other EVM chains
      return `0x${hex(randomBytes(random, 20))}`;
  }
}

export function txHash(network: string, random: Random): string {
  switch (network.toUpperCase()) {
    case 'SOLANA':
      return base58(randomBytes(random, 64));
    case 'STELLAR':
      return hex(randomBytes(random, 32));
    default:
      return `0x${hex(randomBytes(random, 32))}`;
  }
}

export function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex');
}

export function base58(bytes: Uint8Array): string {
  let n = BigInt(`0x${hex(bytes) || '0'}`);
  let out = '';
  while (n > 0n) {
    out = BASE58[Number(n % 58n)] + out;
    n /= 58n;
  }
  for (const b of bytes) {
    if (b !== 0) break;
    out = `1${out}`;
  }
  return out;
}

/** Stellar StrKey for an ed25519 public key: base32(version 6<<3 | key | crc16-xmodem LE). */
export function stellarAccountId(publicKey: Uint8Array): string {
  const payload = new Uint8Array(33);
  payload[0] = 6 << 3;
  payload.set(publicKey, 1);
  const crc = crc16xmodem(payload);
  const full = new Uint8Array(35);
  full.set(payload);
  full[33] = crc & 0xff;
  full[34] = crc >> 8;
  return base32(full);
}

export function crc16xmodem(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i += 1)
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

function base32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}
