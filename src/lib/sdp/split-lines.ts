// Cutting SDP text into lines. RFC 8866 §5 ends every line with CRLF; RFC 8866 §5 also asks
// parsers to accept a bare LF, and pasted text often has one. Nothing is dropped: joining every
// `raw` with its `ending` gives back the input exactly.

/** One physical line of the input. */
export interface SdpTextLine {
  /** 1-based line number. */
  number: number;
  /** The exact text, without the line break. */
  raw: string;
  /** The line break that ended it: CRLF, a bare LF, or none for the last line. */
  ending: '\r\n' | '\n' | '';
}

/** Split SDP text on CRLF or bare LF; a final line break does not make an extra empty line. */
export function splitSdpLines(text: string): SdpTextLine[] {
  const lines: SdpTextLine[] = [];
  let start = 0;
  while (start < text.length) {
    const lf = text.indexOf('\n', start);
    if (lf === -1) {
      lines.push({ number: lines.length + 1, raw: text.slice(start), ending: '' });
      break;
    }
    const crlf = lf > start && text.charCodeAt(lf - 1) === 13;
    lines.push({
      number: lines.length + 1,
      raw: text.slice(start, crlf ? lf - 1 : lf),
      ending: crlf ? '\r\n' : '\n',
    });
    start = lf + 1;
  }
  return lines;
}
