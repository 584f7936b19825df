// Explaining one line with its rule from the table: summary, RFC, fields and their meanings.
import { readWithGrammar } from './grammar';
import type { LexedLine } from './lex-line';
import type { AnnotationContext, LineFinding, SdpRule } from './rule-types';
import { ATTRIBUTE_RULES_BY_NAME, LINE_RULES_BY_LETTER } from './rules/index';
import type { Diagnostic } from '../diagnostic';
import { lineDiagnostic } from './line-diagnostic';
import type { AnnotatedLine } from './types';

function findRule(lexed: LexedLine, findings: LineFinding[]): SdpRule | undefined {
  if (lexed.letter !== 'a') return LINE_RULES_BY_LETTER.get(lexed.letter);
  const exact = ATTRIBUTE_RULES_BY_NAME.get(lexed.attribute);
  if (exact) return exact;
  const folded = ATTRIBUTE_RULES_BY_NAME.get(lexed.attribute.toLowerCase());
  if (folded)
    findings.push({
      severity: 'error',
      message: `Attribute "${lexed.attribute}" is written "${folded.key}": browsers match attribute names exactly.`,
    });
  return folded;
}

/** Attributes only: misplaced line types are reported by the order check of the whole description. */
function scopeFinding(rule: SdpRule, context: AnnotationContext): LineFinding[] {
  if (rule.kind !== 'attribute') return [];
  if (rule.scope === 'session' && !context.session)
    return [
      {
        severity: 'warning',
        message: `a=${rule.key} belongs in the session part, not in a media section (${rule.rfc}).`,
      },
    ];
  if (rule.scope === 'media' && context.session)
    return [
      {
        severity: 'warning',
        message: `a=${rule.key} belongs in a media section, not in the session part (${rule.rfc}).`,
      },
    ];
  return [];
}

function valueFindings(rule: SdpRule, lexed: LexedLine): LineFinding[] {
  if (rule.kind !== 'attribute') return [];
  if (rule.grammar === '' && lexed.hasValue)
    return [
      { severity: 'warning', message: `a=${rule.key} is a flag and takes no value (${rule.rfc}).` },
    ];
  if (rule.grammar !== '' && (!lexed.hasValue || lexed.value === ''))
    return [
      { severity: 'error', message: `a=${rule.key} needs a value: ${rule.grammar} (${rule.rfc}).` },
    ];
  return [];
}

/** Annotate one line; `section` is the index of its section, `context` that section's context. */
export function annotateLine(
  number: number,
  raw: string,
  lexed: LexedLine,
  section: number,
  context: AnnotationContext,
): AnnotatedLine {
  const findings: LineFinding[] = lexed.findings;
  const rule = lexed.letter === '' ? undefined : findRule(lexed, findings);
  const name = lexed.letter === 'a' ? lexed.attribute : (rule?.title ?? lexed.letter);
  const line: AnnotatedLine = {
    number,
    raw,
    kind: lexed.letter,
    name,
    known: rule !== undefined,
    summary: '',
    rfc: '',
    fields: [],
    diagnostics: [],
    section,
  };
  if (!rule) {
    if (lexed.letter === 'a')
      line.summary = `An attribute this explainer does not know. RFC 8866 §5.13 tells receivers to ignore attributes they do not understand, and browsers do.`;
    else if (lexed.letter !== '') {
      line.summary = `"${lexed.letter}=" is not an SDP line type.`;
      findings.push({
        severity: 'error',
        message: `Unknown type letter "${lexed.letter}": RFC 8866 §5 defines v o s i u e p c b t r z k m a, and a parser must ignore a description with any other.`,
      });
    }
    line.diagnostics = toDiagnostics(findings, number);
    return line;
  }
  line.summary = rule.summary;
  line.rfc = rule.rfc;
  if (rule.kind === 'attribute')
    findings.push(...scopeFinding(rule, context), ...valueFindings(rule, lexed));
  if (rule.grammar !== '' && lexed.value !== '') {
    const reading = rule.read
      ? rule.read(lexed.value, lexed.valueStart, context)
      : readWithGrammar(rule, lexed.value, lexed.valueStart, context);
    line.fields = reading.fields;
    if (reading.findings.length > 0) findings.push(...reading.findings);
    if (rule.check) findings.push(...rule.check(reading.fields, context));
  }
  if (findings.length > 0) line.diagnostics = toDiagnostics(findings, number);
  return line;
}

function toDiagnostics(findings: readonly LineFinding[], line: number): Diagnostic[] {
  return findings.map((f) => lineDiagnostic(f.severity, f.message, line));
}
