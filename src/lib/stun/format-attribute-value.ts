// Attribute values written for people: byte-segment labels and tables in the STUN workbench.
import { bytesToHex } from '../hex';
import type { StunAttributeValue } from './attribute-value-types';

const PROTOCOLS: Record<number, string> = { 17: 'UDP', 6: 'TCP' };

/** A short human-readable rendering of a decoded value, for byte segments and tables. */
export function formatAttributeValue(value: StunAttributeValue): string {
  switch (value.kind) {
    case 'address':
    case 'xor-address':
      return value.address.family === 'IPv6'
        ? `[${value.address.address}]:${value.address.port}`
        : `${value.address.address}:${value.address.port}`;
    case 'text':
      return JSON.stringify(value.text);
    case 'uint32':
    case 'uint64':
      return String(value.value);
    case 'fingerprint':
      return `0x${value.value.toString(16).padStart(8, '0')}`;
    case 'flag':
      return '(no value)';
    case 'error-code':
      return `${value.code} ${value.reason}`;
    case 'attribute-list':
      return value.types.map((t) => `0x${t.toString(16).padStart(4, '0')}`).join(', ');
    case 'hmac-sha1':
    case 'hmac-sha256':
    case 'bytes':
      return value.bytes.length > 32
        ? `${bytesToHex(value.bytes.subarray(0, 32))}… (${value.bytes.length} bytes)`
        : bytesToHex(value.bytes);
    case 'channel-number':
      return `0x${value.channel.toString(16)}`;
    case 'requested-transport':
      return PROTOCOLS[value.protocol] ?? `protocol ${value.protocol}`;
    case 'address-family':
      return value.family;
    case 'even-port':
      return value.reserveNext ? 'reserve the next port' : 'even port only';
  }
}
