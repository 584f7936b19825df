import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileGrammar } from '~/lib/sdp/grammar';
import {
  annotateSdp,
  ATTRIBUTE_RULES_BY_NAME,
  LINE_RULES_BY_LETTER,
  SDP_RULES,
} from '~/lib/sdp/index';
import { FIXTURE_DIR, wrapInDescription } from './fixture-files';

const everyFixtureLine = new Set(
  readdirSync(FIXTURE_DIR)
    .filter((name) => /\.(sdp|txt)$/.test(name))
    .flatMap((name) => readFileSync(join(FIXTURE_DIR, name), 'utf8').split(/\r?\n/)),
);

describe('SDP_RULES', () => {
  it('has one entry per line type and per attribute name', () => {
    const keys = SDP_RULES.map((r) => `${r.kind}:${r.key}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(LINE_RULES_BY_LETTER.size + ATTRIBUTE_RULES_BY_NAME.size).toBe(SDP_RULES.length);
  });

  it('covers every line type of RFC 8866 §5 except a=, which is covered by the attribute rules', () => {
    expect([...LINE_RULES_BY_LETTER.keys()].sort().join('')).toBe('bceikmoprstuvz');
  });

  it.each(SDP_RULES.map((r) => [r.key, r]))(
    'rule %s has a title, summary, explanation and an RFC (with a section where one was confirmed) or a draft',
    (_key, rule) => {
      expect(rule.title).not.toBe('');
      expect(rule.summary).toMatch(/\.$/);
      expect(rule.explanation.length).toBeGreaterThan(40);
      expect(rule.rfc).toMatch(/^(RFC \d+( §[\d.]+)?|draft-)/);
    },
  );

  it.each(SDP_RULES.map((r) => [r.key, r]))(
    'rule %s takes its example line from a captured fixture or a quoted specification example',
    (_key, rule) => {
      expect(everyFixtureLine.has(rule.example)).toBe(true);
    },
  );

  it.each(SDP_RULES.map((r) => [r.key, r]))(
    'rule %s annotates its own example as known, with no diagnostic',
    (_key, rule) => {
      // Put the example where it belongs: the session part, the m-line itself, or a video section
      // whose rtpmap gives the fmtp example its codec.
      const session =
        rule.kind === 'line'
          ? rule.key !== 'm' && rule.scope === 'session'
          : rule.scope === 'session';
      let text = wrapInDescription(
        rule.key === 'fmtp' ? ['a=rtpmap:102 H264/90000', rule.example] : [rule.example],
      );
      if (rule.key === 'v') text = wrapInDescription([]);
      if (rule.key === 'm') text = wrapInDescription([], rule.example);
      if (session && rule.key !== 'v')
        text = wrapInDescription([]).replace('t=0 0\r\n', `t=0 0\r\n${rule.example}\r\n`);
      const line = annotateSdp(text).lines.find((l) => l.raw === rule.example);
      expect(line).toBeDefined();
      expect(line?.known).toBe(true);
      expect(line?.rfc).toBe(rule.rfc);
      expect(line?.summary).toBe(rule.summary);
      // The example group names mids that the small wrapper description does not have.
      const unrelated = (message: string) =>
        message.includes('Out of order') || message.includes('no media section has a=mid');
      expect(line?.diagnostics.filter((d) => !unrelated(d.message))).toEqual([]);
      if (rule.grammar !== '') expect(line?.fields.length).toBeGreaterThan(0);
    },
  );

  it.each(SDP_RULES.filter((r) => !r.read).map((r) => [r.key, r]))(
    'rule %s names a field rule for every placeholder of its grammar',
    (_key, rule) => {
      const { names } = compileGrammar(rule.grammar);
      expect(names.sort()).toEqual(rule.fields.map((f) => f.name).sort());
    },
  );
});

describe('compileGrammar', () => {
  const placeholders = (grammar: string, value: string) => {
    const { pattern, groups } = compileGrammar(grammar);
    const match = pattern.exec(value);
    return match ? groups.flatMap((name, i) => (name === null ? [] : [match[i + 1]])) : null;
  };

  it('turns placeholders into captures that stop at spaces and at the next literal', () => {
    const grammar = '<payload type> <encoding name>/<clock rate>[/<channels>]';
    expect(compileGrammar(grammar).names).toEqual([
      'payload type',
      'encoding name',
      'clock rate',
      'channels',
    ]);
    expect(placeholders(grammar, '111 opus/48000/2')).toEqual(['111', 'opus', '48000', '2']);
    expect(placeholders(grammar, '0 PCMU/8000')).toEqual(['0', 'PCMU', '8000', undefined]);
    expect(placeholders(grammar, '111 opus')).toBeNull();
  });

  it('captures literal text too, so that field offsets add up to the position in the line', () => {
    const { pattern, groups } = compileGrammar('<id>[/<direction>] <uri>');
    expect(groups).toEqual(['id', null, 'direction', null, 'uri']);
    expect(pattern.exec('2/recvonly urn:x')?.slice(1).join('')).toBe('2/recvonly urn:x');
  });

  it('lets a trailing <name...> placeholder take the rest of the line', () => {
    expect(placeholders('<semantics>[ <tags...>]', 'BUNDLE 0 1 2')).toEqual(['BUNDLE', '0 1 2']);
  });
});
