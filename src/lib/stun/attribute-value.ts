// Decoding and encoding attribute values by their registry kind (layouts from RFC 8489 §14,
// RFC 8656 §18 and RFC 8445 §7.1). Decoding never throws: a bad value returns an `error` text.
import { bytesToHex } from '../hex';
import { decodeAddressValue, encodeAddressValue } from './address-value';
import type { StunValueKind } from './attribute-registry';
import type { StunAttributeValue, StunValueField } from './attribute-value-types';
import { utf8Decode, utf8Encode } from './webcrypto';

/** The value types, re-exported so importers need only this module. */
export type * from './attribute-value-types';

/** A decoded value and its sub-fields, or why the bytes could not be decoded. */
export type ValueDecoding =
  { value: StunAttributeValue; fields: StunValueField[]; warning?: string } | { error: string };

const PROTOCOLS: Record<number, string> = { 17: 'UDP', 6: 'TCP' };

/** Decode an attribute value of the given kind; the transaction ID is needed for XOR addresses. */
export function decodeAttributeValue(
  kind: StunValueKind,
  bytes: Uint8Array,
  transactionId: Uint8Array,
): ValueDecoding {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const needLength = (n: number, what: string): string | undefined =>
    bytes.length === n ? undefined : `${what} is ${n} bytes long, found ${bytes.length}.`;
  switch (kind) {
    case 'address':
    case 'xor-address': {
      const address = decodeAddressValue(bytes, kind === 'xor-address' ? transactionId : undefined);
      if (typeof address === 'string') return { error: address };
      const prefix = kind === 'xor-address' ? 'X-' : '';
      return {
        value: { kind, address },
        fields: [
          { offset: 1, length: 1, name: 'family', value: address.family },
          { offset: 2, length: 2, name: `${prefix}Port`, value: String(address.port) },
          { offset: 4, length: bytes.length - 4, name: `${prefix}Address`, value: address.address },
        ],
      };
    }
    case 'text': {
      const { text, valid } = utf8Decode(bytes);
      const value: StunAttributeValue = { kind, text };
      return valid
        ? { value, fields: [] }
        : { value, fields: [], warning: 'The text is not valid UTF-8.' };
    }
    case 'uint32':
      return needLength(4, 'This value')
        ? { error: needLength(4, 'This value') as string }
        : { value: { kind, value: view.getUint32(0) }, fields: [] };
    case 'uint64':
    case 'fingerprint': {
      const size = kind === 'uint64' ? 8 : 4;
      const problem = needLength(size, 'This value');
      if (problem) return { error: problem };
      return kind === 'uint64'
        ? { value: { kind, value: view.getBigUint64(0) }, fields: [] }
        : { value: { kind, value: view.getUint32(0) }, fields: [] };
    }
    case 'flag':
      return bytes.length === 0
        ? { value: { kind }, fields: [] }
        : { error: `This attribute has no value, found ${bytes.length} bytes.` };
    case 'error-code': {
      if (bytes.length < 4)
        return { error: `ERROR-CODE needs at least 4 bytes, found ${bytes.length}.` };
      const errorClass = (bytes[2] as number) & 0x07;
      const code = errorClass * 100 + (bytes[3] as number);
      const reason = utf8Decode(bytes.subarray(4)).text;
      const fields = [
        { offset: 2, length: 1, name: 'class', value: String(errorClass) },
        { offset: 3, length: 1, name: 'number', value: String(bytes[3]) },
        { offset: 4, length: bytes.length - 4, name: 'reason', value: reason },
      ];
      const bad = errorClass < 3 || errorClass > 6 || (bytes[3] as number) > 99;
      return {
        value: { kind, code, reason },
        fields,
        ...(bad ? { warning: `Code ${code} is outside 300..699 (RFC 8489 §14.8).` } : {}),
      };
    }
    case 'attribute-list': {
      if (bytes.length % 2 !== 0) return { error: 'A list of attribute types has an even length.' };
      const types = Array.from({ length: bytes.length / 2 }, (_, i) => view.getUint16(2 * i));
      return { value: { kind, types }, fields: [] };
    }
    case 'hmac-sha1':
      return needLength(20, 'MESSAGE-INTEGRITY')
        ? { error: needLength(20, 'MESSAGE-INTEGRITY') as string }
        : { value: { kind, bytes: bytes.slice() }, fields: [] };
    case 'hmac-sha256':
      if (bytes.length < 16 || bytes.length > 32 || bytes.length % 4 !== 0) {
        return {
          error: `MESSAGE-INTEGRITY-SHA256 is 16 to 32 bytes in steps of 4, found ${bytes.length} (RFC 8489 §14.6).`,
        };
      }
      return { value: { kind, bytes: bytes.slice() }, fields: [] };
    case 'channel-number': {
      const problem = needLength(4, 'CHANNEL-NUMBER');
      if (problem) return { error: problem };
      const channel = view.getUint16(0);
      const fields = [
        { offset: 0, length: 2, name: 'channel', value: `0x${channel.toString(16)}` },
      ];
      const warning =
        channel < 0x4000 || channel > 0x4fff
          ? 'Channel numbers are 0x4000..0x4FFF (RFC 8656 §12).'
          : undefined;
      return { value: { kind, channel }, fields, ...(warning ? { warning } : {}) };
    }
    case 'requested-transport': {
      const problem = needLength(4, 'REQUESTED-TRANSPORT');
      if (problem) return { error: problem };
      const protocol = bytes[0] as number;
      return {
        value: { kind, protocol },
        fields: [
          {
            offset: 0,
            length: 1,
            name: 'protocol',
            value: PROTOCOLS[protocol] ?? String(protocol),
          },
        ],
      };
    }
    case 'address-family': {
      const problem = needLength(4, 'An address family value');
      if (problem) return { error: problem };
      const family = bytes[0] === 1 ? 'IPv4' : bytes[0] === 2 ? 'IPv6' : undefined;
      return family
        ? { value: { kind, family }, fields: [] }
        : { error: `Unknown address family 0x${bytesToHex(bytes.subarray(0, 1))}.` };
    }
    case 'even-port':
      return needLength(1, 'EVEN-PORT')
        ? { error: needLength(1, 'EVEN-PORT') as string }
        : { value: { kind, reserveNext: ((bytes[0] as number) & 0x80) !== 0 }, fields: [] };
    case 'bytes':
      return { value: { kind, bytes: bytes.slice() }, fields: [] };
  }
}

/** Encode a value to its bytes (without padding); the transaction ID is needed for XOR addresses. Throws RangeError on a bad value. */
export function encodeAttributeValue(
  value: StunAttributeValue,
  transactionId: Uint8Array,
): Uint8Array {
  const sized = (n: number, fill: (view: DataView, bytes: Uint8Array) => void) => {
    const bytes = new Uint8Array(n);
    fill(new DataView(bytes.buffer), bytes);
    return bytes;
  };
  switch (value.kind) {
    case 'address':
    case 'xor-address': {
      const bytes = encodeAddressValue(
        value.address,
        value.kind === 'xor-address' ? transactionId : undefined,
      );
      if (!bytes)
        throw new RangeError(
          `Not an ${value.address.family} address and port: ${value.address.address}:${value.address.port}`,
        );
      return bytes;
    }
    case 'text':
      return utf8Encode(value.text);
    case 'uint32':
    case 'fingerprint':
      return sized(4, (view) => view.setUint32(0, value.value >>> 0));
    case 'uint64':
      return sized(8, (view) => view.setBigUint64(0, BigInt.asUintN(64, value.value)));
    case 'flag':
      return new Uint8Array(0);
    case 'error-code': {
      const reason = utf8Encode(value.reason);
      const bytes = new Uint8Array(4 + reason.length);
      bytes[2] = Math.floor(value.code / 100) & 0x07;
      bytes[3] = value.code % 100;
      bytes.set(reason, 4);
      return bytes;
    }
    case 'attribute-list':
      return sized(2 * value.types.length, (view) =>
        value.types.forEach((t, i) => view.setUint16(2 * i, t)),
      );
    case 'hmac-sha1':
    case 'hmac-sha256':
    case 'bytes':
      return value.bytes.slice();
    case 'channel-number':
      return sized(4, (view) => view.setUint16(0, value.channel));
    case 'requested-transport':
      return sized(4, (_, bytes) => (bytes[0] = value.protocol));
    case 'address-family':
      return sized(4, (_, bytes) => (bytes[0] = value.family === 'IPv4' ? 1 : 2));
    case 'even-port':
      return sized(1, (_, bytes) => (bytes[0] = value.reserveNext ? 0x80 : 0));
  }
}
