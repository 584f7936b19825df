// What the workbench shows for pasted hex: the decoded header and attributes, the XOR arithmetic,
// the integrity and fingerprint checks, and every problem located by its character or byte offset.
// Plain data built from src/lib/stun; the lab state class keeps it, the views display it.
import { checkStunMessage, type StunMessageCheck } from '~/lib/stun/check-message';
import { decodeStunMessage } from '~/lib/stun/decode-message';
import { formatAttributeValue } from '~/lib/stun/attribute-value';
import type { Diagnostic } from '~/lib/diagnostic';
import { bytesToHex, parseHex } from '~/lib/hex';
import { isComprehensionRequired } from '~/lib/stun/attribute-registry';
import { MAGIC_COOKIE } from '~/lib/stun/constants';
import type { StunByteSegment } from '~/lib/stun/stun-message';
import { explainXorAddress, type XorStep } from '~/lib/stun/xor-explanation';

/** One attribute row of the decoded table. */
export interface AttributeRow {
  offset: number;
  typeHex: string;
  name: string;
  rfc: string;
  length: number;
  padding: number;
  value: string;
  required: boolean;
  ignored: boolean;
}

/** One byte of an XORed address: what is on the wire, what it is xored with, what comes out. */
export interface XorByte {
  wire: string;
  mask: string;
  maskFrom: string;
  result: string;
}

/** The arithmetic behind one XOR address attribute. */
export interface XorWorking {
  attribute: string;
  family: 'IPv4' | 'IPv6';
  port: XorStep;
  address: XorStep;
  bytes: XorByte[];
}

/** The decoded address of the first XOR-MAPPED-ADDRESS. */
export interface MappedAddress {
  family: 'IPv4' | 'IPv6';
  address: string;
  port: number;
  /** `ip:port`, with the IPv6 address in brackets. */
  text: string;
}

/** Everything the decode panel shows. */
export interface DecodedView {
  bytes: Uint8Array;
  segments: StunByteSegment[];
  header:
    | {
        typeHex: string;
        description: string;
        methodHex: string;
        messageClass: string;
        length: number;
        cookieHex: string;
        cookieOk: boolean;
        transactionIdHex: string;
      }
    | undefined;
  attributes: AttributeRow[];
  xor: XorWorking[];
  mapped: MappedAddress | undefined;
  check: StunMessageCheck;
  /** Problems that make the input malformed, each starting with its offset. */
  errors: string[];
  /** Things worth knowing that do not stop decoding. */
  warnings: string[];
}

const hex = (n: number, digits: number) => `0x${n.toString(16).padStart(digits, '0')}`;
const pairs = (text: string) => text.match(/../g) ?? [];
const at = (offset: number) => `Byte ${offset} (${hex(offset, 2)})`;

/** Decode pasted hex text, checking integrity with `password` when one is given; never throws. */
export async function decodePastedStun(text: string, password: string): Promise<DecodedView> {
  const parsed = parseHex(text);
  const errors: string[] = [];
  const stray = parsed.diagnostics.filter((d) => d.message.startsWith('Not hex'));
  const start = (d: Diagnostic) => d.span?.start ?? 0;
  if (stray.length > 0) {
    const listed = stray
      .slice(0, 4)
      .map(
        (d) =>
          `“${text.slice(start(d), start(d) + Math.min(d.span?.length ?? 0, 12))}” at character ${start(d) + 1}`,
      );
    const more = stray.length > 4 ? `, and ${stray.length - 4} more places` : '';
    errors.push(`Not hex, skipped: ${listed.join(', ')}${more}.`);
  }
  for (const d of parsed.diagnostics)
    if (!d.message.startsWith('Not hex')) errors.push(`Character ${start(d) + 1}: ${d.message}`);
  const { message, segments, diagnostics } = decodeStunMessage(parsed.bytes);
  for (const d of diagnostics)
    if (d.severity === 'error') errors.push(`${at(d.span?.start ?? 0)}: ${d.message}`);
  const warningList = diagnostics
    .filter((d) => d.severity === 'warning')
    .map((d) => `${at(d.span?.start ?? 0)}: ${d.message}`);
  const check = await checkStunMessage(parsed.bytes, password === '' ? undefined : password);
  const attributes: AttributeRow[] = (message?.attributes ?? []).map((a) => ({
    offset: a.offset,
    typeHex: hex(a.type, 4),
    name: a.name,
    rfc: a.entry?.rfc ?? '',
    length: a.length,
    padding: (4 - (a.length % 4)) % 4,
    value: a.value ? formatAttributeValue(a.value) : a.truncated ? '(cut short)' : '(unreadable)',
    required: isComprehensionRequired(a.type),
    ignored: a.ignored,
  }));
  const xor: XorWorking[] = [];
  let mapped: MappedAddress | undefined;
  for (const a of message?.attributes ?? []) {
    if (a.entry?.codec.kind !== 'xor-address' || a.truncated || !message) continue;
    const steps = explainXorAddress(a.raw, message.transactionId);
    if (!steps) continue;
    const [port, address] = steps as [XorStep, XorStep];
    const family = a.raw[1] === 0x01 ? 'IPv4' : 'IPv6';
    const wire = pairs(address.wireHex);
    const mask = pairs(address.maskHex);
    const result = pairs(address.resultHex);
    xor.push({
      attribute: a.name,
      family,
      port,
      address,
      bytes: wire.map((w, i) => ({
        wire: w,
        mask: mask[i] ?? '',
        maskFrom: i < 4 ? `cookie byte ${i + 1}` : `transaction ID byte ${i - 3}`,
        result: result[i] ?? '',
      })),
    });
    if (a.name === 'XOR-MAPPED-ADDRESS' && !mapped) {
      const portNumber = Number(port.result);
      mapped = {
        family,
        address: address.result,
        port: portNumber,
        text:
          family === 'IPv6'
            ? `[${address.result}]:${portNumber}`
            : `${address.result}:${portNumber}`,
      };
    }
  }
  return {
    bytes: parsed.bytes,
    segments,
    header: message && {
      typeHex: hex(message.type, 4),
      description: message.description,
      methodHex: hex(message.method, 3),
      messageClass: message.messageClass,
      length: message.length,
      cookieHex: hex(message.magicCookie, 8),
      cookieOk: message.magicCookie === MAGIC_COOKIE,
      transactionIdHex: bytesToHex(message.transactionId),
    },
    attributes,
    xor,
    mapped,
    check,
    errors,
    warnings: warningList,
  };
}
