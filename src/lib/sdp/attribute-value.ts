// Reading one attribute's value from an annotation, as negotiation does: a media section's own
// line first, else the session part's (ice-ufrag, ice-pwd, setup and fingerprint may sit at
// either level, RFC 8839 §5.4, RFC 8842 §5, RFC 8122 §5).
import type { AnnotatedLine, SdpAnnotation } from './types';

function valueOf(line: AnnotatedLine): string {
  const colon = line.raw.indexOf(':');
  return colon === -1 ? '' : line.raw.slice(colon + 1).trim();
}

function findIn(annotation: SdpAnnotation, name: string, section: number): string | null {
  const part = annotation.sections[section];
  if (!part) return null;
  for (let n = part.firstLine; n >= 1 && n <= part.lastLine; n += 1) {
    const line = annotation.lines[n - 1];
    if (line?.kind === 'a' && line.name === name) return valueOf(line);
  }
  return null;
}

/**
 * The value of the first `a=<name>` line: in section `section` (an index into
 * `annotation.sections`, 0 being the session part) or else the session part; with no section, the
 * first anywhere. `''` for a flag without a value, null when the attribute is absent.
 */
export function attributeValue(
  annotation: SdpAnnotation,
  name: string,
  section?: number,
): string | null {
  if (section !== undefined)
    return (
      findIn(annotation, name, section) ?? (section === 0 ? null : findIn(annotation, name, 0))
    );
  const line = annotation.lines.find((l) => l.kind === 'a' && l.name === name);
  return line === undefined ? null : valueOf(line);
}
