// Checks that need the whole description: v= first and once, the required session lines,
// the line order of RFC 8866 §5, unique mids, BUNDLE groups naming existing sections.
import type { LexedLine } from './lex-line';
import { MEDIA_LINE_ORDER, SESSION_LINE_ORDER } from './rules/index';
import type { Diagnostic } from '../diagnostic';
import { lineDiagnostic } from './line-diagnostic';
import type { SdpSection } from './types';

const SESSION_ONLY = new Set('vosuepztr'.split(''));

function checkOrder(lines: readonly LexedLine[], out: Diagnostic[]): void {
  let order = SESSION_LINE_ORDER;
  let position = 0;
  let previous = '';
  lines.forEach((line, i) => {
    const letter = line.letter;
    if (letter === '') return;
    if (letter === 'm') {
      order = MEDIA_LINE_ORDER;
      position = 0;
      previous = 'm';
      return;
    }
    const at = order.indexOf(letter);
    if (at === -1) {
      if (order === MEDIA_LINE_ORDER && SESSION_ONLY.has(letter))
        out.push(
          lineDiagnostic(
            'error',
            `${letter}= is only allowed in the session part, before the first m= line (RFC 8866 §5).`,
            i + 1,
          ),
        );
      return;
    }
    // t= and r= repeat as pairs: "t r t r" is in order (RFC 8866 §5: one or more time descriptions).
    const repeatTime = letter === 't' && previous === 'r';
    if (at < position && !repeatTime) {
      out.push(
        lineDiagnostic(
          'error',
          `Out of order: ${letter}= comes after ${previous}=, but RFC 8866 §5 requires the order ${order.split('').join(' ')} ${order === SESSION_LINE_ORDER ? 'in the session part' : 'in a media section'}.`,
          i + 1,
        ),
      );
    }
    position = Math.max(position, at);
    previous = letter;
  });
}

function checkSessionLines(lines: readonly LexedLine[], out: Diagnostic[]): void {
  const vLines: number[] = [];
  const counts = { o: 0, s: 0, t: 0 };
  let inSession = true;
  for (let i = 0; i < lines.length; i += 1) {
    const letter = lines[i]?.letter;
    if (letter === 'v') vLines.push(i + 1);
    else if (letter === 'm') inSession = false;
    else if (inSession && (letter === 'o' || letter === 's' || letter === 't')) counts[letter] += 1;
  }
  if (vLines.length === 0)
    out.push({
      severity: 'error',
      message: 'Missing v= line: a session description starts with v=0 (RFC 8866 §5.1).',
    });
  else if (vLines[0] !== 1)
    out.push(lineDiagnostic('error', 'v= must be the first line (RFC 8866 §5).', vLines[0] ?? 1));
  for (const extra of vLines.slice(1))
    out.push(
      lineDiagnostic(
        'error',
        'Repeated v= line: there is exactly one, and it starts the description; a second one usually means two descriptions were pasted together.',
        extra,
      ),
    );
  for (const [letter, name, rfc] of [
    ['o', 'origin', '5.2'],
    ['s', 'session name', '5.3'],
    ['t', 'timing', '5.9'],
  ] as const) {
    if (counts[letter] === 0)
      out.push({
        severity: 'error',
        message: `Missing ${letter}= (${name}) line in the session part (RFC 8866 §${rfc}).`,
      });
    if (counts[letter] > 1 && letter !== 't')
      out.push({
        severity: 'error',
        message: `More than one ${letter}= line in the session part (RFC 8866 §${rfc}).`,
      });
  }
}

function checkMids(sections: readonly SdpSection[], out: Diagnostic[]): void {
  const seen = new Map<string, number>();
  for (const section of sections) {
    if (section.kind !== 'media' || section.mid === null) continue;
    if (seen.has(section.mid))
      out.push(
        lineDiagnostic(
          'error',
          `Two media sections use mid "${section.mid}": mids are unique within a description (RFC 5888 §4).`,
          section.firstLine,
        ),
      );
    seen.set(section.mid, section.firstLine);
  }
  const session = sections[0];
  if (session?.kind !== 'session') return;
  for (const group of session.groups) {
    for (const mid of group.mids) {
      if (!seen.has(mid))
        out.push(
          lineDiagnostic(
            'error',
            `The ${group.semantics} group names mid "${mid}", but no media section has a=mid:${mid} (RFC 5888 §5).`,
            group.line,
          ),
        );
    }
  }
}

/** Attributes that may appear once per section (or once in the session part). */
const SINGLE = new Set([
  'mid',
  'ice-ufrag',
  'ice-pwd',
  'setup',
  'sctp-port',
  'max-message-size',
  'rtcp',
  'rtcp-mux',
  'msid-semantic',
]);

function checkRepeats(
  lines: readonly LexedLine[],
  sectionOfLine: readonly number[],
  out: Diagnostic[],
): void {
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    if (line.letter !== 'a' || !SINGLE.has(line.attribute)) return;
    const key = `${sectionOfLine[i] ?? 0} ${line.attribute}`;
    if (seen.has(key))
      out.push(
        lineDiagnostic(
          'warning',
          `a=${line.attribute} appears twice in the same section; only one is meaningful.`,
          i + 1,
        ),
      );
    seen.add(key);
  });
}

/** Diagnostics about the description as a whole, given its lexed lines and sections. */
export function checkDocument(
  lines: readonly LexedLine[],
  sections: readonly SdpSection[],
  sectionOfLine: readonly number[],
): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (lines.length === 0)
    return [
      {
        severity: 'error',
        message: 'The input is empty: there is no session description to explain.',
      },
    ];
  checkSessionLines(lines, out);
  checkOrder(lines, out);
  checkMids(sections, out);
  checkRepeats(lines, sectionOfLine, out);
  return out;
}
