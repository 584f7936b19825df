// Input limits. A browser's offer with every codec and candidate is under 20 KiB; the limit
// leaves room for large SFU descriptions and keeps annotation fast on any pasted text.

/** The largest input `annotateSdp` accepts, in UTF-8 bytes (256 KiB). */
export const MAX_SDP_BYTES = 256 * 1024;

/** UTF-8 length of a string, counted without allocating; stops early once past `cap`, and returns an upper bound when that bound is under `cap`. */
export function utf8Length(text: string, cap = Number.POSITIVE_INFINITY): number {
  // Every UTF-16 unit is at most 3 bytes: short texts are under the cap without counting.
  if (text.length * 3 <= cap) return text.length * 3;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= cap; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}
