// Decoded attribute values, one variant per value kind of the attribute registry.
import type { StunAddress } from './address-value';

/** A decoded attribute value; `kind` matches the registry entry's value kind. */
export type StunAttributeValue =
  | { kind: 'address' | 'xor-address'; address: StunAddress }
  | { kind: 'text'; text: string }
  | { kind: 'uint32'; value: number }
  | { kind: 'uint64'; value: bigint }
  | { kind: 'flag' }
  | { kind: 'error-code'; code: number; reason: string }
  | { kind: 'attribute-list'; types: number[] }
  | { kind: 'hmac-sha1' | 'hmac-sha256' | 'bytes'; bytes: Uint8Array }
  | { kind: 'fingerprint'; value: number }
  | { kind: 'channel-number'; channel: number }
  | { kind: 'requested-transport'; protocol: number }
  | { kind: 'address-family'; family: 'IPv4' | 'IPv6' }
  | { kind: 'even-port'; reserveNext: boolean };

/** A named sub-field inside an attribute value, offsets relative to the value's first byte. */
export interface StunValueField {
  offset: number;
  length: number;
  name: string;
  value: string;
}
