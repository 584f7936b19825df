// A plain-text rendering of an annotation, for the command line and for copying.
import { diagnosticLine } from './line-diagnostic';
import type { SdpAnnotation } from './types';

/** Render an annotation as readable text: each line, its explanation and fields, then the diagnostics. */
export function formatAnnotationText(annotation: SdpAnnotation): string {
  const out: string[] = [];
  const width = String(annotation.lines.length).length;
  for (const line of annotation.lines) {
    const tag = line.known
      ? `${line.summary}${line.rfc ? ` [${line.rfc}]` : ''}`
      : `(unknown) ${line.summary}`;
    out.push(`${String(line.number).padStart(width)}  ${line.raw}`);
    out.push(`${' '.repeat(width)}    ${tag}`);
    for (const field of line.fields)
      out.push(`${' '.repeat(width)}      ${field.name} = ${field.value}: ${field.meaning}`);
    for (const d of line.diagnostics)
      out.push(`${' '.repeat(width)}    ${d.severity.toUpperCase()}: ${d.message}`);
  }
  const media = annotation.sections.filter((s) => s.kind === 'media');
  out.push('', `${media.length} media section(s):`);
  for (const s of media) {
    if (s.kind !== 'media') continue;
    out.push(
      `  #${s.index} ${s.media} mid=${s.mid ?? '-'} ${s.direction}${s.rejected ? ' REJECTED (port 0)' : ''}, lines ${s.firstLine}-${s.lastLine}`,
    );
  }
  const summary =
    annotation.diagnostics.length === 0
      ? 'No problems found.'
      : `${annotation.diagnostics.length} diagnostic(s):`;
  out.push('', summary);
  for (const d of annotation.diagnostics) {
    const line = diagnosticLine(d);
    out.push(`  ${line === null ? '-' : `line ${line}`}: ${d.severity}: ${d.message}`);
  }
  return out.join('\n');
}
