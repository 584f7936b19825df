// The XOR-MAPPED-ADDRESS arithmetic written out step by step for a learner (RFC 8489 §14.2).
import { bytesToHex } from '../hex';
import { MAGIC_COOKIE } from './constants';
import { xorMask } from './address-value';
import { formatIpAddress } from './ip-address';

/** One xor: what was on the wire, what it is xored with, and the result, in hex and as a number. */
export interface XorStep {
  field: 'port' | 'address';
  wireHex: string;
  maskHex: string;
  resultHex: string;
  /** The port number, or the address text. */
  result: string;
  /** Where the mask comes from, in words. */
  maskSource: string;
}

/** Explain how an XOR address value decodes; undefined when the value is not a well-formed address. */
export function explainXorAddress(
  value: Uint8Array,
  transactionId: Uint8Array,
): XorStep[] | undefined {
  const family =
    value[1] === 0x01 && value.length === 8
      ? 'IPv4'
      : value[1] === 0x02 && value.length === 20
        ? 'IPv6'
        : undefined;
  if (!family) return undefined;
  const xPort = ((value[2] as number) << 8) | (value[3] as number);
  const port = xPort ^ (MAGIC_COOKIE >>> 16);
  const mask = xorMask(family, transactionId);
  const wire = value.slice(4);
  const address = wire.map((byte, i) => byte ^ (mask[i] as number));
  return [
    {
      field: 'port',
      wireHex: xPort.toString(16).padStart(4, '0'),
      maskHex: '2112',
      resultHex: port.toString(16).padStart(4, '0'),
      result: String(port),
      maskSource: 'the top 16 bits of the magic cookie 0x2112A442',
    },
    {
      field: 'address',
      wireHex: bytesToHex(wire),
      maskHex: bytesToHex(mask),
      resultHex: bytesToHex(address),
      result: formatIpAddress(address),
      maskSource:
        family === 'IPv4'
          ? 'the magic cookie'
          : 'the magic cookie followed by the 96-bit transaction ID',
    },
  ];
}
