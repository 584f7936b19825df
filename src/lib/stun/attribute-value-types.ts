// Decoded attribute values, one variant per value kind; each kind has one codec (./value-codec.ts).
import type { StunAddress } from './address-value';

/** A decoded attribute value; `kind` names the codec that reads and writes it. */
export type StunAttributeValue =
  | { kind: 'address'; address: StunAddress }
  | { kind: 'xor-address'; address: StunAddress }
  | { kind: 'text'; text: string }
  | { kind: 'uint32'; value: number }
  | { kind: 'uint64'; value: bigint }
  | { kind: 'flag' }
  | { kind: 'error-code'; code: number; reason: string }
  | { kind: 'attribute-list'; types: number[] }
  | { kind: 'hmac-sha1'; bytes: Uint8Array }
  | { kind: 'hmac-sha256'; bytes: Uint8Array }
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'fingerprint'; value: number }
  | { kind: 'channel-number'; channel: number }
  | { kind: 'requested-transport'; protocol: number }
  | { kind: 'address-family'; family: 'IPv4' | 'IPv6' }
  | { kind: 'even-port'; reserveNext: boolean };

/** How an attribute's value is laid out: one codec per kind. */
export type StunValueKind = StunAttributeValue['kind'];

/** The value variant of each kind. */
export type StunValueByKind = { [V in StunAttributeValue as V['kind']]: V };

/** The value variant of one kind (a union for a union of kinds). */
export type StunValueOf<K extends StunValueKind> = StunValueByKind[K];

/** A named sub-field inside an attribute value, offsets relative to the value's first byte. */
export interface StunValueField {
  offset: number;
  length: number;
  name: string;
  value: string;
}
