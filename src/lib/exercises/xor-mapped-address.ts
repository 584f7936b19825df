// XOR-MAPPED-ADDRESS exercise (RFC 8489 §14.2): decode an attribute's bytes, IPv4 or IPv6, with the
// transaction ID the IPv6 mask needs. Encoding and the step-by-step xor come from src/lib/stun.
import { bytesToHex } from '../hex';
import { encodeAddressValue, type StunAddress } from '../stun/address-value';
import { formatIpAddress } from '../stun/ip-address';
import { explainXorAddress } from '../stun/xor-explanation';
import type { Rng } from './rng';
import type { Exercise } from './types';

/** A random public-looking address: IPv4 seven times in ten, otherwise a global IPv6 address. */
export function randomMappedAddress(rng: Rng): StunAddress {
  const port = rng.int(1024, 65_535);
  if (rng.next() < 0.7) {
    const bytes = rng.bytes(4);
    bytes[0] = rng.int(1, 223);
    return { family: 'IPv4', address: formatIpAddress(bytes), port };
  }
  const bytes = rng.bytes(16);
  bytes[0] = 0x20;
  bytes[1] = rng.int(0x01, 0x0f);
  return { family: 'IPv6', address: formatIpAddress(bytes), port };
}

/** Bytes in pairs of hex digits separated by spaces, for reading. */
function spacedHex(bytes: Uint8Array): string {
  return bytesToHex(bytes, ' ');
}

/** Decode a whole XOR-MAPPED-ADDRESS attribute (type, length, value) into address and port. */
export async function generateXorMappedAddress(rng: Rng): Promise<Exercise> {
  const mapped = randomMappedAddress(rng);
  const transactionId = rng.bytes(12);
  const value = encodeAddressValue(mapped, transactionId) as Uint8Array;
  const attribute = new Uint8Array(4 + value.length);
  attribute.set([0x00, 0x20, 0x00, value.length]);
  attribute.set(value, 4);
  const [port, address] = explainXorAddress(value, transactionId) ?? [];
  return {
    kind: 'xor-mapped-address',
    source: 'random',
    givens: [
      {
        name: 'transaction-id',
        label: 'Transaction ID',
        value: spacedHex(transactionId),
        code: true,
      },
      {
        name: 'attribute',
        label: 'Attribute (type, length, value)',
        value: spacedHex(attribute),
        code: true,
      },
    ],
    question: 'Which transport address does this XOR-MAPPED-ADDRESS carry (RFC 8489 §14.2)?',
    fields: [
      {
        name: 'address',
        label: 'IP address',
        hint: mapped.family === 'IPv4' ? 'dotted, like 192.0.2.1' : 'IPv6, any legal form',
        format: 'ip',
        expected: mapped.address,
      },
      {
        name: 'port',
        label: 'Port',
        hint: 'a whole number',
        format: 'integer',
        expected: String(mapped.port),
      },
    ],
    steps: [
      `Skip the attribute header: type 0x0020 (XOR-MAPPED-ADDRESS), length ${value.length}. The value starts with a reserved byte, then family 0x0${value[1]} (${mapped.family}).`,
      `X-Port 0x${port?.wireHex} xor 0x${port?.maskHex} (${port?.maskSource}) = 0x${port?.resultHex} = ${port?.result}`,
      `X-Address ${address?.wireHex} xor ${address?.maskHex} (${address?.maskSource}) = ${address?.resultHex}`,
      `Written as an address: ${address?.result}, port ${port?.result}`,
    ],
  };
}
