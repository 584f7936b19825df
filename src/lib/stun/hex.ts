// Hex text to bytes and back, for pasted packets: spaces, newlines, tabs, `0x` prefixes, colons,
// commas and dashes are tolerated; anything else is reported with its character offset.

/** A problem in pasted hex text, located by character offsets (`end` exclusive). */
export interface HexDiagnostic {
  message: string;
  start: number;
  end: number;
}

const SEPARATORS = new Set([' ', '\t', '\n', '\r', ':', ',', '-', ';']);

/** Parse pasted hex into bytes; never throws, reports stray characters and an odd digit count. */
export function parseHex(text: string): { bytes: Uint8Array; diagnostics: HexDiagnostic[] } {
  const digits: number[] = [];
  const digitOffsets: number[] = [];
  const diagnostics: HexDiagnostic[] = [];
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
      const last = diagnostics.at(-1);
      if (last && last.end === i) last.end = i + 1;
      else diagnostics.push({ message: `Not a hex digit: "${char}"`, start: i, end: i + 1 });
    }
  }
  if (digits.length % 2 === 1) {
    const at = digitOffsets.at(-1) ?? 0;
    diagnostics.push({
      message: 'Odd number of hex digits: the last one was ignored.',
      start: at,
      end: at + 1,
    });
  }
  const bytes = new Uint8Array(Math.floor(digits.length / 2));
  for (let i = 0; i < bytes.length; i += 1) {
    bytes[i] = (digits[2 * i] as number) * 16 + (digits[2 * i + 1] as number);
  }
  for (const diagnostic of diagnostics)
    if (diagnostic.message.startsWith('Not a hex')) {
      diagnostic.message = `Not hex: "${text.slice(diagnostic.start, diagnostic.end)}" was skipped.`;
    }
  return { bytes, diagnostics };
}

/** Lower-case hex of the bytes, `separator` between bytes (default a space). */
export function formatHex(bytes: Uint8Array, separator = ' '): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join(separator);
}
