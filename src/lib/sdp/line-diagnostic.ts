// SDP findings in the course's one Diagnostic shape: a line finding carries a `line` span
// (1-based, one line long); a finding about the whole description carries no span.
import type { Diagnostic, DiagnosticSeverity } from '../diagnostic';

/** A diagnostic about line `line` (1-based) of a description. */
export function lineDiagnostic(
  severity: DiagnosticSeverity,
  message: string,
  line: number,
): Diagnostic {
  return { severity, message, span: { unit: 'line', start: line, length: 1 } };
}

/** The 1-based line a diagnostic is about, or null when it concerns the whole description. */
export function diagnosticLine(diagnostic: Diagnostic): number | null {
  return diagnostic.span?.unit === 'line' ? diagnostic.span.start : null;
}
