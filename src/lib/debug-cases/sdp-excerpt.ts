// The few lines of an SDP that tell a case, with the m= line of their section for context and a
// gap wherever lines were left out; the full text stays available to the view.

/** A line of an excerpt (its 1-based number in the SDP) or a gap where lines were left out. */
export type ExcerptLine =
  { kind: 'line'; number: number; text: string; mark?: string } | { kind: 'gap'; count: number };

/** Says why a line tells the case, or undefined when it does not. */
export type LineMarker = (line: string, section: string) => string | undefined;

/** Splits SDP text into lines (CRLF or LF), without the empty last one. */
export function sdpLines(sdp: string): string[] {
  const lines = sdp.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/**
 * The marked lines of `sdp` with each one's m= line (`section` is the current m= line, '' at
 * session level), in order, with gaps counting what was left out.
 */
export function sdpExcerpt(sdp: string, marker: LineMarker): ExcerptLine[] {
  const lines = sdpLines(sdp);
  const keep = new Map<number, string | undefined>();
  let sectionAt = -1;
  lines.forEach((line, index) => {
    if (line.startsWith('m=')) sectionAt = index;
    const mark = marker(line, sectionAt >= 0 ? (lines[sectionAt] ?? '') : '');
    if (mark === undefined) return;
    if (sectionAt >= 0 && !keep.has(sectionAt)) keep.set(sectionAt, undefined);
    keep.set(index, mark);
  });
  const out: ExcerptLine[] = [];
  let next = 0;
  for (const index of [...keep.keys()].sort((x, y) => x - y)) {
    if (index > next) out.push({ kind: 'gap', count: index - next });
    const mark = keep.get(index);
    const text = lines[index] ?? '';
    out.push(
      mark === undefined
        ? { kind: 'line', number: index + 1, text }
        : { kind: 'line', number: index + 1, text, mark },
    );
    next = index + 1;
  }
  if (next < lines.length) out.push({ kind: 'gap', count: lines.length - next });
  return out;
}

/** The value of the first `a=fingerprint:` line (algorithm and hex), or undefined. */
export function sdpFingerprint(sdp: string): { algorithm: string; value: string } | undefined {
  const match = /^a=fingerprint:(\S+) (\S+)/m.exec(sdp);
  return match ? { algorithm: match[1] ?? '', value: match[2] ?? '' } : undefined;
}

/** The direction attribute of the first m=`kind` section (sendrecv when it has none). */
export function sectionDirection(sdp: string, kind: string): string | undefined {
  let inSection = false;
  let direction: string | undefined;
  for (const line of sdpLines(sdp)) {
    if (line.startsWith('m=')) {
      if (inSection) break;
      inSection = line.startsWith(`m=${kind} `);
      if (inSection) direction = 'sendrecv';
      continue;
    }
    const found = /^a=(sendrecv|sendonly|recvonly|inactive)$/.exec(line);
    if (inSection && found) direction = found[1];
  }
  return direction;
}
