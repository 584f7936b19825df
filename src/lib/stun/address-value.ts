// MAPPED-ADDRESS style values (RFC 8489 §14.1) and their XOR form (RFC 8489 §14.2): one reserved
// byte, a family byte (0x01 IPv4, 0x02 IPv6), the port, then 4 or 16 address bytes. In the XOR form
// the port is xored with the cookie's top 16 bits, an IPv4 address with the cookie, and an IPv6
// address with the cookie followed by the transaction ID.
import { bytesToHex } from '../hex';
import { MAGIC_COOKIE } from './constants';
import { formatIpAddress, parseIpAddress } from './ip-address';

/** A transport address carried in a STUN attribute. */
export interface StunAddress {
  family: 'IPv4' | 'IPv6';
  address: string;
  port: number;
}

const COOKIE_BYTES = new Uint8Array([0x21, 0x12, 0xa4, 0x42]);

/** The bytes an address is xored with: the magic cookie, then for IPv6 the transaction ID (RFC 8489 §14.2). */
export function xorMask(family: 'IPv4' | 'IPv6', transactionId: Uint8Array): Uint8Array {
  if (family === 'IPv4') return COOKIE_BYTES.slice();
  const mask = new Uint8Array(16);
  mask.set(COOKIE_BYTES);
  mask.set(transactionId.subarray(0, 12), 4);
  return mask;
}

/** Encode an address value, plain (MAPPED-ADDRESS) or xored when a transaction ID is given; undefined for a bad address. */
export function encodeAddressValue(
  value: StunAddress,
  transactionId?: Uint8Array,
): Uint8Array | undefined {
  const ip = parseIpAddress(value.address);
  if (!ip || ip.length !== (value.family === 'IPv4' ? 4 : 16)) return undefined;
  if (!Number.isInteger(value.port) || value.port < 0 || value.port > 65_535) return undefined;
  const bytes = new Uint8Array(4 + ip.length);
  const view = new DataView(bytes.buffer);
  bytes[1] = value.family === 'IPv4' ? 0x01 : 0x02;
  const mask = transactionId ? xorMask(value.family, transactionId) : undefined;
  view.setUint16(2, mask ? value.port ^ (MAGIC_COOKIE >>> 16) : value.port);
  ip.forEach((byte, i) => (bytes[4 + i] = mask ? byte ^ (mask[i] as number) : byte));
  return bytes;
}

/** Decode an address value (xored when a transaction ID is given); a string explains why it could not be read. */
export function decodeAddressValue(
  value: Uint8Array,
  transactionId?: Uint8Array,
): StunAddress | string {
  if (value.length < 4) return `An address value needs at least 4 bytes, found ${value.length}.`;
  const familyByte = value[1];
  const family = familyByte === 0x01 ? 'IPv4' : familyByte === 0x02 ? 'IPv6' : undefined;
  if (!family)
    return `Unknown address family 0x${bytesToHex([familyByte ?? 0])} (0x01 IPv4, 0x02 IPv6).`;
  const expected = family === 'IPv4' ? 8 : 20;
  if (value.length !== expected)
    return `An ${family} address value is ${expected} bytes long, found ${value.length}.`;
  const view = new DataView(value.buffer, value.byteOffset, value.byteLength);
  const mask = transactionId ? xorMask(family, transactionId) : undefined;
  const port = mask ? view.getUint16(2) ^ (MAGIC_COOKIE >>> 16) : view.getUint16(2);
  const ip = value.slice(4).map((byte, i) => (mask ? byte ^ (mask[i] as number) : byte));
  return { family, address: formatIpAddress(ip), port };
}
