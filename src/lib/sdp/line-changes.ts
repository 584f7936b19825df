// Comparing an edited SDP with the original line by line, and giving a textarea's text back its
// CRLF line ends.

const lines = (sdp: string) => sdp.split(/\r?\n/);

/** The lines an edit took out of a text and the lines it put in. */
export interface LineChanges {
  removed: string[];
  added: string[];
}

/** The lines one text has and the other lacks, counted as multisets (order is ignored). */
export function changedLines(before: string, after: string): LineChanges {
  const count = new Map<string, number>();
  for (const l of lines(before)) if (l !== '') count.set(l, (count.get(l) ?? 0) + 1);
  const added: string[] = [];
  for (const l of lines(after)) {
    if (l === '') continue;
    const n = count.get(l) ?? 0;
    if (n > 0) count.set(l, n - 1);
    else added.push(l);
  }
  const removed: string[] = [];
  for (const [l, n] of count) for (let i = 0; i < n; i += 1) removed.push(l);
  return { removed, added };
}

/** SDP lines end in CRLF (RFC 8866 §5); a textarea hands back bare LF, so this puts CRLF back. */
export function withCrlf(text: string): string {
  const body = text.replace(/\r\n|\r|\n/g, '\r\n');
  return body.endsWith('\r\n') ? body : `${body}\r\n`;
}
