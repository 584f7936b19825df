// Cutting one line into its type letter, attribute name and value, and reporting the faults
// that do not depend on the rule table: control bytes, indentation, upper case, missing "=".
import type { LineFinding } from './rule-types';

/** A line cut into its parts; offsets are into the raw line. */
export interface LexedLine {
  /** The type letter, lower-cased; empty when the line has no `x=` shape. */
  letter: string;
  /** For `a=` lines, the attribute name (text up to the first colon). */
  attribute: string;
  /** Whether an `a=` line had a colon (a value, possibly empty). */
  hasValue: boolean;
  /** The text after `x=`, or after `a=name:` for attributes. */
  value: string;
  valueStart: number;
  findings: LineFinding[];
}

const CONTROL_OR_TAB = /[\x00-\x1f\x7f]/;

function describeControl(raw: string): LineFinding[] {
  const findings: LineFinding[] = [];
  for (let i = 0; i < raw.length && findings.length < 3; i += 1) {
    const code = raw.charCodeAt(i);
    if (code === 0)
      findings.push({
        severity: 'error',
        message: `NUL byte at column ${i + 1}: SDP is text and may not contain it (RFC 8866 §5).`,
      });
    else if (code === 13)
      findings.push({
        severity: 'error',
        message: `Lone carriage return at column ${i + 1}: lines end with CRLF (RFC 8866 §5).`,
      });
    else if (code === 9) {
      findings.push({
        severity: 'warning',
        message: `Tab character at column ${i + 1}: SDP separates fields with single spaces (RFC 8866 §9).`,
      });
      break;
    } else if (code < 0x20 || code === 0x7f) {
      findings.push({
        severity: 'error',
        message: `Control character 0x${code.toString(16).padStart(2, '0')} at column ${i + 1} (RFC 8866 §5 allows none).`,
      });
    }
  }
  return findings;
}

/** Whether a text has a control character or tab anywhere but in CRLF / LF line breaks. */
export function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 32 && code !== 127) continue;
    if (code === 10) continue;
    if (code === 13 && text.charCodeAt(i + 1) === 10) {
      i += 1;
      continue;
    }
    return true;
  }
  return false;
}

/** Split a raw line into letter, attribute and value; never throws. `clean` skips the control-character scan when the whole text has none. */
export function lexSdpLine(raw: string, clean = false): LexedLine {
  const findings: LineFinding[] = !clean && CONTROL_OR_TAB.test(raw) ? describeControl(raw) : [];
  const empty = { letter: '', attribute: '', hasValue: false, value: '', valueStart: 0, findings };
  let indent = 0;
  while (indent < raw.length && (raw.charCodeAt(indent) === 32 || raw.charCodeAt(indent) === 9))
    indent += 1;
  if (indent === raw.length) {
    findings.push({
      severity: 'error',
      message: 'Empty line: the SDP grammar has no blank lines (RFC 8866 §9).',
    });
    return empty;
  }
  if (indent > 0)
    findings.push({
      severity: 'error',
      message: `Indented line: a line starts with its type letter in column 1 (RFC 8866 §5); found ${indent} leading space(s).`,
    });
  const first = raw[indent] ?? '';
  const code = first.charCodeAt(0) | 0x20;
  if (raw.charCodeAt(indent + 1) !== 61 || code < 97 || code > 122) {
    findings.push({
      severity: 'error',
      message: 'Not an SDP line: every line has the form <letter>=<value> (RFC 8866 §5).',
    });
    return empty;
  }
  const letter = first.toLowerCase();
  if (first !== letter)
    findings.push({
      severity: 'error',
      message: `Upper-case type letter "${first}": type letters are lower case (RFC 8866 §5).`,
    });
  const start = indent + 2;
  if (letter !== 'a')
    return {
      letter,
      attribute: '',
      hasValue: true,
      value: raw.slice(start),
      valueStart: start,
      findings,
    };
  const colon = raw.indexOf(':', start);
  const attribute = colon === -1 ? raw.slice(start) : raw.slice(start, colon);
  if (attribute === '')
    findings.push({
      severity: 'error',
      message: 'Attribute line with no attribute name (RFC 8866 §5.13).',
    });
  if (colon === -1)
    return { letter, attribute, hasValue: false, value: '', valueStart: raw.length, findings };
  return {
    letter,
    attribute,
    hasValue: true,
    value: raw.slice(colon + 1),
    valueStart: colon + 1,
    findings,
  };
}
