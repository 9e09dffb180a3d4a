import { describe, expect, it } from 'vitest';
import {
  base58,
  crc16xmodem,
  depositAddress,
  stellarAccountId,
  txHash,
} from '../../../main/simulator/addresses';
import { seededRandom } from '../../../main/simulator/random';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function base32Decode(text: string): Uint8Array {
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of text) {
    value = (value << 5) | BASE32.indexOf(ch);
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Uint8Array.from(out);
}

describe('deposit addresses', () => {
  it('EVM networks get 0x + 40 hex digits', () => {
    const random = seededRandom(1);
    for (const network of ['ETHEREUM', 'BASE', 'POLYGON'])
      expect(depositAddress(network, random)).toMatch(/^0x[0-9a-f]{40}$/);
  });

  it('Solana gets a base58 32-byte key', () => {
    const address = depositAddress('SOLANA', seededRandom(2));
    expect(address).toMatch(/^[1-9A-HJ-NP-Za-km-z]{32,44}$/);
    expect(base58(Uint8Array.from([0, 0, 1]))).toBe('112');
    expect(base58(Uint8Array.from([255]))).toBe('5Q');
  });

  it('Stellar gets a valid StrKey account ID: G…, version byte 6<<3, CRC16 checksum', () => {
    const address = depositAddress('STELLAR', seededRandom(3));
    expect(address).toMatch(/^G[A-Z2-7]{55}$/);
    const raw = base32Decode(address);
    expect(raw).toHaveLength(35);
    expect(raw[0]).toBe(48);
    const crc = crc16xmodem(raw.subarray(0, 33));
    expect([raw[33], raw[34]]).toEqual([crc & 0xff, crc >> 8]);
  });

  it('matches a known StrKey vector (all-zero key)', () => {
    expect(stellarAccountId(new Uint8Array(32))).toBe(
      'GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWHF',
    );
    expect(crc16xmodem(new TextEncoder().encode('123456789'))).toBe(0x31c3);
  });

  it('is reproducible with a seed', () => {
    expect(depositAddress('ETHEREUM', seededRandom(7))).toBe(
      depositAddress('ETHEREUM', seededRandom(7)),
    );
    expect(txHash('ETHEREUM', seededRandom(7))).toMatch(/^0x[0-9a-f]{64}$/);
  });
});
