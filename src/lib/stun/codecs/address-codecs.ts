// MAPPED-ADDRESS style values (RFC 8489 §14.1) and their XOR form (RFC 8489 §14.2).
import { decodeAddressValue, encodeAddressValue, type StunAddress } from '../address-value';
import type { StunValueField } from '../attribute-value-types';
import type { StunValueCodec } from '../value-codec';

const EXAMPLE: StunAddress = { family: 'IPv4', address: '192.0.2.1', port: 32853 };

function fields(bytes: Uint8Array, address: StunAddress, prefix: string): StunValueField[] {
  return [
    { offset: 1, length: 1, name: 'family', value: address.family },
    { offset: 2, length: 2, name: `${prefix}Port`, value: String(address.port) },
    { offset: 4, length: bytes.length - 4, name: `${prefix}Address`, value: address.address },
  ];
}

function encode(address: StunAddress, transactionId?: Uint8Array): Uint8Array {
  const bytes = encodeAddressValue(address, transactionId);
  if (!bytes)
    throw new RangeError(
      `Not an ${address.family} address and port: ${address.address}:${address.port}`,
    );
  return bytes;
}

/** `ip:port`, with an IPv6 address in brackets. */
export function formatAddress(address: StunAddress): string {
  return address.family === 'IPv6'
    ? `[${address.address}]:${address.port}`
    : `${address.address}:${address.port}`;
}

/** MAPPED-ADDRESS, ALTERNATE-SERVER: family, port and address in the clear. */
export const ADDRESS_CODEC: StunValueCodec<'address'> = {
  kind: 'address',
  decode(bytes) {
    const address = decodeAddressValue(bytes);
    if (typeof address === 'string') return { error: address };
    return { value: { kind: 'address', address }, fields: fields(bytes, address, '') };
  },
  encode: (value) => encode(value.address),
  format: (value) => formatAddress(value.address),
  example: { kind: 'address', address: EXAMPLE },
};

/** XOR-MAPPED-ADDRESS, XOR-PEER-ADDRESS, XOR-RELAYED-ADDRESS: xored with the cookie (and transaction ID). */
export const XOR_ADDRESS_CODEC: StunValueCodec<'xor-address'> = {
  kind: 'xor-address',
  decode(bytes, transactionId) {
    const address = decodeAddressValue(bytes, transactionId);
    if (typeof address === 'string') return { error: address };
    return { value: { kind: 'xor-address', address }, fields: fields(bytes, address, 'X-') };
  },
  encode: (value, transactionId) => encode(value.address, transactionId),
  format: (value) => formatAddress(value.address),
  example: {
    kind: 'xor-address',
    address: { family: 'IPv6', address: '2001:db8:1234:5678:11:2233:4455:6677', port: 32853 },
  },
};
