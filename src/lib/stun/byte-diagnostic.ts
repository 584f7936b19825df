// Diagnostics located in a STUN message by byte offset: the shared Diagnostic with a byte span.
import type { Diagnostic, DiagnosticSeverity } from '../diagnostic';

/** A finding about `length` bytes from `start` (0-based) of a message. */
export function byteDiagnostic(
  severity: DiagnosticSeverity,
  message: string,
  start: number,
  length: number,
): Diagnostic {
  return { severity, message, span: { unit: 'byte', start, length } };
}

/** Order diagnostics by where they start; findings without a span come first. Stable. */
export function sortBySpan(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => (a.span?.start ?? -1) - (b.span?.start ?? -1));
}
