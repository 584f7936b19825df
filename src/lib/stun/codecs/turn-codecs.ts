// The TURN values with a fixed layout (RFC 8656 §18): CHANNEL-NUMBER, REQUESTED-TRANSPORT,
// REQUESTED-ADDRESS-FAMILY / ADDITIONAL-ADDRESS-FAMILY and EVEN-PORT.
import { bytesToHex } from '../../hex';
import type { StunValueCodec } from '../value-codec';
import { fixedBytes, viewOf, wrongLength } from '../value-codec';

const PROTOCOLS: Record<number, string> = { 17: 'UDP', 6: 'TCP' };

/** CHANNEL-NUMBER: a 16-bit channel, then 16 reserved bits (RFC 8656 §18.1). */
export const CHANNEL_NUMBER_CODEC: StunValueCodec<'channel-number'> = {
  kind: 'channel-number',
  decode(bytes) {
    const problem = wrongLength(bytes, 4, 'CHANNEL-NUMBER');
    if (problem) return { error: problem };
    const channel = viewOf(bytes).getUint16(0);
    const fields = [{ offset: 0, length: 2, name: 'channel', value: `0x${channel.toString(16)}` }];
    const warning =
      channel < 0x4000 || channel > 0x4fff
        ? 'Channel numbers are 0x4000..0x4FFF (RFC 8656 §12).'
        : undefined;
    return { value: { kind: 'channel-number', channel }, fields, ...(warning ? { warning } : {}) };
  },
  encode: (value) => fixedBytes(4, (view) => view.setUint16(0, value.channel)),
  format: (value) => `0x${value.channel.toString(16)}`,
  example: { kind: 'channel-number', channel: 0x4001 },
};

/** REQUESTED-TRANSPORT: an IP protocol number, then 24 reserved bits (RFC 8656 §18.8). */
export const REQUESTED_TRANSPORT_CODEC: StunValueCodec<'requested-transport'> = {
  kind: 'requested-transport',
  decode(bytes) {
    const problem = wrongLength(bytes, 4, 'REQUESTED-TRANSPORT');
    if (problem) return { error: problem };
    const protocol = bytes[0] as number;
    const name = PROTOCOLS[protocol] ?? String(protocol);
    return {
      value: { kind: 'requested-transport', protocol },
      fields: [{ offset: 0, length: 1, name: 'protocol', value: name }],
    };
  },
  encode: (value) => fixedBytes(4, (_, bytes) => (bytes[0] = value.protocol)),
  format: (value) => PROTOCOLS[value.protocol] ?? `protocol ${value.protocol}`,
  example: { kind: 'requested-transport', protocol: 17 },
};

/** REQUESTED-ADDRESS-FAMILY, ADDITIONAL-ADDRESS-FAMILY: 0x01 IPv4 or 0x02 IPv6, then 24 reserved bits. */
export const ADDRESS_FAMILY_CODEC: StunValueCodec<'address-family'> = {
  kind: 'address-family',
  decode(bytes) {
    const problem = wrongLength(bytes, 4, 'An address family value');
    if (problem) return { error: problem };
    const family = bytes[0] === 1 ? 'IPv4' : bytes[0] === 2 ? 'IPv6' : undefined;
    return family
      ? { value: { kind: 'address-family', family }, fields: [] }
      : { error: `Unknown address family 0x${bytesToHex(bytes.subarray(0, 1))}.` };
  },
  encode: (value) => fixedBytes(4, (_, bytes) => (bytes[0] = value.family === 'IPv4' ? 1 : 2)),
  format: (value) => value.family,
  example: { kind: 'address-family', family: 'IPv6' },
};

/** EVEN-PORT: one byte whose top bit asks to reserve the next port too (RFC 8656 §18.7). */
export const EVEN_PORT_CODEC: StunValueCodec<'even-port'> = {
  kind: 'even-port',
  decode(bytes) {
    const problem = wrongLength(bytes, 1, 'EVEN-PORT');
    if (problem) return { error: problem };
    const reserveNext = ((bytes[0] as number) & 0x80) !== 0;
    return { value: { kind: 'even-port', reserveNext }, fields: [] };
  },
  encode: (value) => fixedBytes(1, (_, bytes) => (bytes[0] = value.reserveNext ? 0x80 : 0)),
  format: (value) => (value.reserveNext ? 'reserve the next port' : 'even port only'),
  example: { kind: 'even-port', reserveNext: true },
};
