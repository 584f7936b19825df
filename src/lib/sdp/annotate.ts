// annotateSdp: every line of a session description explained, with sections and diagnostics.
// It never throws and never drops a line, whatever the input.
import { annotateLine } from './annotate-line';
import { checkDocument } from './document-checks';
import { readSdpInput } from './input';
import { hasControlCharacters, lexSdpLine } from './lex-line';
import { buildSections } from './sections';
import { splitSdpLines, type SdpTextLine } from './split-lines';
import type { Diagnostic } from '../diagnostic';
import { diagnosticLine } from './line-diagnostic';
import type { AnnotatedLine, SdpAnnotation } from './types';

/** Annotate SDP text (or `{ "type", "sdp" }` JSON): every line, the sections and all diagnostics. */
export function annotateSdp(input: string): SdpAnnotation {
  const unwrapped = readSdpInput(input);
  if (unwrapped.sdp === null)
    return { lines: [], sections: [], diagnostics: unwrapped.diagnostics, descriptionType: null };
  const textLines = splitSdpLines(unwrapped.sdp);
  const clean = !hasControlCharacters(unwrapped.sdp);
  const lexed = textLines.map((line) => lexSdpLine(line.raw, clean));
  const model = buildSections(lexed);
  const fallback = { media: '', proto: '', codecs: new Map(), session: true };
  const lines: AnnotatedLine[] = new Array<AnnotatedLine>(textLines.length);
  for (let i = 0; i < textLines.length; i += 1) {
    const line = textLines[i] as SdpTextLine;
    const section = model.sectionOfLine[i] ?? 0;
    lines[i] = annotateLine(
      line.number,
      line.raw,
      lexed[i] ?? lexSdpLine(line.raw),
      section,
      model.contexts[section] ?? fallback,
    );
  }
  const documentDiagnostics = checkDocument(lexed, model.sections, model.sectionOfLine);
  const diagnostics: Diagnostic[] = [...unwrapped.diagnostics];
  for (const diagnostic of documentDiagnostics) {
    const at = diagnosticLine(diagnostic);
    if (at === null) diagnostics.push(diagnostic);
    else lines[at - 1]?.diagnostics.push(diagnostic);
  }
  for (const line of lines) diagnostics.push(...line.diagnostics);
  diagnostics.sort((a, b) => (diagnosticLine(a) ?? 0) - (diagnosticLine(b) ?? 0));
  return {
    lines,
    sections: model.sections,
    diagnostics,
    descriptionType: unwrapped.descriptionType,
  };
}
