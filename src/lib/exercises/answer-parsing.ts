// Reading what a learner typed, leniently and without ever throwing: digits may be grouped with
// spaces, commas, underscores or apostrophes; hex may carry 0x and separators; an IPv6 address may
// be written in any of its legal forms.
import { bytesToHex, parseHex } from '../hex';
import { formatIpAddress, parseIpAddress } from '../stun/ip-address';

const GROUPING = /[\s,_'\u00a0\u202f]/g;

/** A whole number in decimal (or hex with 0x), as a bigint; undefined when it is not one. */
export function parseWholeNumber(text: string): bigint | undefined {
  const compact = String(text ?? '').replace(GROUPING, '');
  if (/^\+?\d+$/.test(compact)) return BigInt(compact.replace('+', ''));
  if (/^0x[0-9a-f]+$/i.test(compact)) return BigInt(compact.toLowerCase());
  return undefined;
}

/** Bytes typed as hex (0x, spaces, colons tolerated) as lower-case hex; undefined on any other character or an odd digit count. */
export function parseHexAnswer(text: string): string | undefined {
  const input = String(text ?? '').trim();
  if (input === '') return undefined;
  const { bytes, diagnostics } = parseHex(input);
  return diagnostics.length > 0 || bytes.length === 0 ? undefined : bytesToHex(bytes);
}

/** An IPv4 or IPv6 address in the course's canonical form; undefined when it is not one. */
export function parseIpAnswer(text: string): string | undefined {
  const input = String(text ?? '')
    .trim()
    .replace(/^\[(.*)\]$/, '$1');
  const bytes = input === '' ? undefined : parseIpAddress(input);
  return bytes ? formatIpAddress(bytes) : undefined;
}
