// IP address text <-> bytes for STUN address attributes (RFC 8489 §14.1): IPv4 dotted quads
// and IPv6 in any RFC 4291 §2.2 form; IPv6 is written back in the RFC 5952 §4 canonical form.

import { bytesToHex } from '../hex';

/** Bytes of an IPv4 (4 bytes) or IPv6 (16 bytes) address, or undefined when the text is neither. */
export function parseIpAddress(text: string): Uint8Array | undefined {
  return parseIpv4(text) ?? parseIpv6(text);
}

function parseIpv4(text: string): Uint8Array | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const bytes = new Uint8Array(4);
  for (const [i, part] of parts.entries()) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return undefined;
    bytes[i] = Number(part);
  }
  return bytes;
}

function parseIpv6(input: string): Uint8Array | undefined {
  const text = input.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (half: string | undefined): number[] | undefined => {
    if (!half) return [];
    const result: number[] = [];
    for (const [i, piece] of half.split(':').entries()) {
      const isLast = i === half.split(':').length - 1;
      const v4 = isLast && piece.includes('.') ? parseIpv4(piece) : undefined;
      if (v4)
        result.push(
          ((v4[0] as number) << 8) | (v4[1] as number),
          ((v4[2] as number) << 8) | (v4[3] as number),
        );
      else if (/^[0-9a-fA-F]{1,4}$/.test(piece)) result.push(Number.parseInt(piece, 16));
      else return undefined;
    }
    return result;
  };
  const head = groups(halves[0]);
  const tail = groups(halves[1]);
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const all = [...head, ...new Array<number>(halves.length === 1 ? 0 : missing).fill(0), ...tail];
  const bytes = new Uint8Array(16);
  all.forEach((group, i) => {
    bytes[2 * i] = group >> 8;
    bytes[2 * i + 1] = group & 0xff;
  });
  return bytes;
}

/** Text of 4 or 16 address bytes (IPv6 in RFC 5952 form); other lengths give hex. */
export function formatIpAddress(bytes: Uint8Array): string {
  if (bytes.length === 4) return Array.from(bytes).join('.');
  if (bytes.length !== 16) return bytesToHex(bytes);
  const groups = Array.from(
    { length: 8 },
    (_, i) => ((bytes[2 * i] as number) << 8) | (bytes[2 * i + 1] as number),
  );
  // RFC 5952 §4.2: compress the longest run (two or more) of zero groups, the first on a tie.
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    let j = i;
    while (j < 8 && groups[j] === 0) j += 1;
    if (j - i > bestLength) [bestStart, bestLength] = [i, j - i];
    i = j === i ? i + 1 : j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}
