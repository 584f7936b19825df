// Turning a rule's grammar string into a matcher. `<name>` matches one token that stops at a
// space and at the literal character that follows it; `<name...>` takes the rest of the line;
// `[...]` is optional. The patterns have no nested quantifiers, so matching is linear.
import type { AnnotationContext, FieldReading, FieldRule, SdpRule } from './rule-types';
import type { SdpField } from './types';

/** A grammar compiled to an anchored regular expression; `names[i]` is the placeholder of group i + 1, or null for a literal. */
export interface CompiledGrammar {
  pattern: RegExp;
  /** Placeholder names in order (literals left out). */
  names: string[];
  /** One entry per capture group: a placeholder name, or null for literal text. */
  groups: (string | null)[];
}

const TOKEN = /<([^>]+?)(\.\.\.)?>|\[|\]|[^<[\]]/g;

/**
 * Compile a rule grammar such as `<payload type> <encoding name>/<clock rate>[/<channels>]`.
 * Literal text is captured too, so each field's offset is the sum of the group lengths before it;
 * that is faster than asking the engine for match indices (the `d` flag).
 */
export function compileGrammar(grammar: string): CompiledGrammar {
  const tokens = [...grammar.matchAll(TOKEN)];
  const names: string[] = [];
  const groups: (string | null)[] = [];
  let source = '';
  tokens.forEach((token, index) => {
    const [text, name, rest] = token;
    if (text === '[') source += '(?:';
    else if (text === ']') source += ')?';
    else if (name === undefined) {
      groups.push(null);
      source += `(${escape(text)})`;
    } else {
      names.push(name);
      groups.push(name);
      source += rest ? '(.+)' : `([^${escape(' ' + nextLiteral(tokens, index))}]+)`;
    }
  });
  return { pattern: new RegExp(`^${source}$`), names, groups };
}

function nextLiteral(tokens: RegExpExecArray[] | RegExpMatchArray[], index: number): string {
  for (const token of tokens.slice(index + 1)) {
    const text = token[0];
    if (text === '[' || text === ']') continue;
    return token[1] === undefined && text !== ' ' ? text : '';
  }
  return '';
}

function escape(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

/** One placeholder of a compiled rule: its field rule and, for value-only meanings, a memory of them. */
interface Placeholder {
  name: string;
  rule: FieldRule | undefined;
  /** Set when the meaning depends on the value alone (see meaningOf). */
  remembered: Map<string, string> | null;
}

/** A rule's grammar with, per capture group, the field rule and a memory of its meanings. */
interface RuleMatcher {
  pattern: RegExp;
  groups: (Placeholder | null)[];
}

const matchers = new Map<SdpRule, RuleMatcher>();

function matcherFor(rule: SdpRule): RuleMatcher {
  let matcher = matchers.get(rule);
  if (!matcher) {
    const grammar = compileGrammar(rule.grammar);
    const groups = grammar.groups.map((name): Placeholder | null => {
      if (name === null) return null;
      const fieldRule = rule.fields.find((f) => f.name === name);
      // A meaning function that declares one parameter cannot depend on the section or the line.
      const valueOnly = typeof fieldRule?.meaning === 'function' && fieldRule.meaning.length === 1;
      return { name, rule: fieldRule, remembered: valueOnly ? new Map<string, string>() : null };
    });
    matcher = { pattern: grammar.pattern, groups };
    matchers.set(rule, matcher);
  }
  return matcher;
}

/** Read a value with its rule's grammar; a value the grammar does not describe gives one finding. */
export function readWithGrammar(
  rule: SdpRule,
  value: string,
  offset: number,
  context: AnnotationContext,
): FieldReading {
  const matcher = matcherFor(rule);
  const match = matcher.pattern.exec(value);
  if (!match) {
    const what = rule.kind === 'line' ? `${rule.key}=` : `a=${rule.key}`;
    const message = `Malformed ${what} line: the value does not follow "${rule.grammar}" (${rule.rfc}).`;
    return { fields: [], findings: [{ severity: 'error', message }] };
  }
  const fields: SdpField[] = [];
  let at = offset;
  for (let group = 0; group < matcher.groups.length; group += 1) {
    const text = match[group + 1];
    if (text === undefined) continue;
    const placeholder = matcher.groups[group];
    if (placeholder) {
      if (placeholder.rule?.list) {
        let from = 0;
        while (from < text.length) {
          const space = text.indexOf(' ', from);
          const to = space === -1 ? text.length : space;
          if (to > from) {
            const item = text.slice(from, to);
            fields.push({
              name: placeholder.name,
              value: item,
              meaning: meaningOf(placeholder, item, context, fields),
              start: at + from,
              end: at + to,
            });
          }
          from = to + 1;
        }
      } else {
        const meaning = meaningOf(placeholder, text, context, fields);
        fields.push({
          name: placeholder.name,
          value: text,
          meaning,
          start: at,
          end: at + text.length,
        });
      }
    }
    at += text.length;
  }
  return { fields, findings: [] };
}

const REMEMBER_PER_FIELD = 256;

/**
 * A field's meaning. When it depends on the value alone, the same value always has the same
 * meaning: browsers' many repeated values (payload types, feedback types, URIs) are explained
 * once and remembered, up to a bound per field.
 */
function meaningOf(
  placeholder: Placeholder,
  value: string,
  context: AnnotationContext,
  previous: readonly SdpField[],
): string {
  const meaning = placeholder.rule?.meaning;
  if (meaning === undefined) return '';
  if (typeof meaning === 'string') return meaning;
  const remembered = placeholder.remembered;
  if (remembered === null) return meaning(value, context, previous);
  let text = remembered.get(value);
  if (text === undefined) {
    text = meaning(value, context, previous);
    if (remembered.size < REMEMBER_PER_FIELD) remembered.set(value, text);
  }
  return text;
}
