// Every value codec by kind, and decoding, encoding and rendering derived from them. The attribute
// table (./attribute-registry.ts) names the codec of each attribute type.
import { ADDRESS_CODEC, XOR_ADDRESS_CODEC } from './codecs/address-codecs';
import { ATTRIBUTE_LIST_CODEC, ERROR_CODE_CODEC } from './codecs/error-codecs';
import { FINGERPRINT_CODEC, FLAG_CODEC, UINT32_CODEC, UINT64_CODEC } from './codecs/number-codecs';
import { BYTES_CODEC, HMAC_SHA1_CODEC, HMAC_SHA256_CODEC, TEXT_CODEC } from './codecs/octet-codecs';
import {
  ADDRESS_FAMILY_CODEC,
  CHANNEL_NUMBER_CODEC,
  EVEN_PORT_CODEC,
  REQUESTED_TRANSPORT_CODEC,
} from './codecs/turn-codecs';
import type { StunAttributeValue, StunValueKind } from './attribute-value-types';
import type { StunValueCodec, ValueDecoding } from './value-codec';

/** The value types, re-exported so importers need only this module. */
export type * from './attribute-value-types';
export type { StunValueCodec, ValueDecoding } from './value-codec';

/** One codec per value kind. */
export const STUN_VALUE_CODECS: { readonly [K in StunValueKind]: StunValueCodec<K> } = {
  address: ADDRESS_CODEC,
  'xor-address': XOR_ADDRESS_CODEC,
  text: TEXT_CODEC,
  uint32: UINT32_CODEC,
  uint64: UINT64_CODEC,
  flag: FLAG_CODEC,
  'error-code': ERROR_CODE_CODEC,
  'attribute-list': ATTRIBUTE_LIST_CODEC,
  'hmac-sha1': HMAC_SHA1_CODEC,
  'hmac-sha256': HMAC_SHA256_CODEC,
  bytes: BYTES_CODEC,
  fingerprint: FINGERPRINT_CODEC,
  'channel-number': CHANNEL_NUMBER_CODEC,
  'requested-transport': REQUESTED_TRANSPORT_CODEC,
  'address-family': ADDRESS_FAMILY_CODEC,
  'even-port': EVEN_PORT_CODEC,
};

/** The codec of a value kind. */
export function stunValueCodec(kind: StunValueKind): StunValueCodec {
  return STUN_VALUE_CODECS[kind];
}

/** Decode an attribute value of the given kind; the transaction ID is needed for XOR addresses. Never throws. */
export function decodeAttributeValue(
  kind: StunValueKind,
  bytes: Uint8Array,
  transactionId: Uint8Array,
): ValueDecoding {
  return stunValueCodec(kind).decode(bytes, transactionId);
}

/** Encode a value to its bytes (without padding); the transaction ID is needed for XOR addresses. Throws RangeError on a bad value. */
export function encodeAttributeValue(
  value: StunAttributeValue,
  transactionId: Uint8Array,
): Uint8Array {
  return stunValueCodec(value.kind).encode(value, transactionId);
}

/** A short human-readable rendering of a decoded value, for byte segments and tables. */
export function formatAttributeValue(value: StunAttributeValue): string {
  return stunValueCodec(value.kind).format(value);
}
