// One shape for every problem the course's parsers report: STUN bytes, pasted hex, SDP lines,
// ICE candidates and STUN/TURN server URLs. Plain data only, so a result can be JSON-encoded as is.

/** How serious a finding is: an error breaks the input, a warning is suspicious, info explains. */
export type DiagnosticSeverity = 'error' | 'warning' | 'info';

/** What a span counts: bytes of a message, characters of a text, or lines of a text. */
export type DiagnosticSpanUnit = 'byte' | 'char' | 'line';

/**
 * Where a finding sits in its input. `byte` and `char` spans start at a 0-based offset;
 * `line` spans start at a 1-based line number, as editors show it. `length` counts units (may be 0).
 */
export interface DiagnosticSpan {
  unit: DiagnosticSpanUnit;
  start: number;
  length: number;
}

/** One finding; `span` is absent when it concerns the whole input. */
export interface Diagnostic {
  severity: DiagnosticSeverity;
  message: string;
  span?: DiagnosticSpan;
}

/** The first unit after a span (exclusive end): `start + length`. */
export function spanEnd(span: DiagnosticSpan): number {
  return span.start + span.length;
}
