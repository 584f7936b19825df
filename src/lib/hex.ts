// Bytes as hex text and back. One `bytesToHex` for every view, decoder and test; `parseHex` reads
// pasted packets: spaces, newlines, tabs, `0x` prefixes, colons, commas, semicolons and dashes are
// tolerated; anything else is reported with its character offset.
import type { Diagnostic } from './diagnostic';

const SEPARATORS = new Set([' ', '\t', '\n', '\r', ':', ',', '-', ';']);

/** Lower-case hex of the bytes, two digits each, `separator` between bytes (default none). */
export function bytesToHex(bytes: ArrayLike<number> | Iterable<number>, separator = ''): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join(separator);
}

/** Parse pasted hex into bytes; never throws, reports stray characters and an odd digit count as warnings with a character span. */
export function parseHex(text: string): { bytes: Uint8Array; diagnostics: Diagnostic[] } {
  const digits: number[] = [];
  const digitOffsets: number[] = [];
  const stray: { start: number; end: number }[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] as string;
    if (char === '0' && (text[i + 1] === 'x' || text[i + 1] === 'X')) {
      i += 1;
      continue;
    }
    const value = Number.parseInt(char, 16);
    if (!Number.isNaN(value)) {
      digits.push(value);
      digitOffsets.push(i);
    } else if (!SEPARATORS.has(char)) {
      const last = stray.at(-1);
      if (last && last.end === i) last.end = i + 1;
      else stray.push({ start: i, end: i + 1 });
    }
  }
  const diagnostics: Diagnostic[] = stray.map(({ start, end }) => ({
    severity: 'warning',
    message: `Not hex: "${text.slice(start, end)}" was skipped.`,
    span: { unit: 'char', start, length: end - start },
  }));
  if (digits.length % 2 === 1) {
    diagnostics.push({
      severity: 'warning',
      message: 'Odd number of hex digits: the last one was ignored.',
      span: { unit: 'char', start: digitOffsets.at(-1) ?? 0, length: 1 },
    });
  }
  const bytes = new Uint8Array(Math.floor(digits.length / 2));
  for (let i = 0; i < bytes.length; i += 1) {
    bytes[i] = (digits[2 * i] as number) * 16 + (digits[2 * i + 1] as number);
  }
  return { bytes, diagnostics };
}
