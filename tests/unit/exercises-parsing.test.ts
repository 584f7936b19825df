import { describe, expect, it } from 'vitest';
import { parseHexAnswer, parseIpAnswer, parseWholeNumber } from '~/lib/exercises/answer-parsing';
import { checkExercise } from '~/lib/exercises/check-answer';
import { priorityDecodeFromCandidate } from '~/lib/exercises/candidate-priority';
import { generateLongTermKey } from '~/lib/exercises/turn-credentials';
import { createRng } from '~/lib/exercises/rng';

describe('parseWholeNumber', () => {
  it('reads digits grouped by spaces, commas, underscores, apostrophes and no-break spaces', () => {
    for (const text of [
      '2122260223',
      ' 2 122 260 223 ',
      '2,122,260,223',
      '2_122_260_223',
      "2'122'260'223",
      '2\u202f122\u00a0260223',
    ])
      expect(parseWholeNumber(text)).toBe(2122260223n);
  });
  it('reads hex with 0x and numbers beyond 2^53 exactly', () => {
    expect(parseWholeNumber('0x7E7F1EFF')).toBe(0x7e7f1effn);
    expect(parseWholeNumber('9115005270282354943')).toBe(9115005270282354943n);
  });
  it('refuses signs, fractions, exponents and words, without throwing', () => {
    for (const text of [
      '-1',
      '1.5',
      '1e3',
      'ten',
      '',
      '0x',
      '12abc',
      undefined as unknown as string,
    ])
      expect(parseWholeNumber(text)).toBeUndefined();
  });
});

describe('parseHexAnswer', () => {
  it('reads hex with or without 0x, in either case, with spaces or colons', () => {
    for (const text of [
      '8493fbc53ba582fb',
      '0x8493FBC53BA582FB',
      '84 93 fb c5 3b a5 82 fb',
      '84:93:FB:C5:3B:A5:82:FB',
    ])
      expect(parseHexAnswer(text)).toBe('8493fbc53ba582fb');
  });
  it('refuses stray characters, an odd digit count and empty input', () => {
    for (const text of ['8493fg', '849', '', '  ']) expect(parseHexAnswer(text)).toBeUndefined();
  });
});

describe('parseIpAnswer', () => {
  it('accepts every legal form of one IPv6 address and brackets', () => {
    const forms = ['2001:db8::1', '2001:0db8:0000:0000:0000:0000:0000:0001', '[2001:DB8::1]'];
    expect(new Set(forms.map(parseIpAnswer)).size).toBe(1);
  });
  it('reads IPv4 and refuses out-of-range or partial addresses', () => {
    expect(parseIpAnswer(' 192.0.2.1 ')).toBe('192.0.2.1');
    for (const text of ['192.0.2', '256.1.1.1', 'example.org', ''])
      expect(parseIpAnswer(text)).toBeUndefined();
  });
});

describe('priorityDecodeFromCandidate', () => {
  it("decodes the priority of a line the browser gathered, and marks it as the learner's own", () => {
    const line = 'candidate:1 1 udp 2122260223 192.168.1.20 50000 typ host generation 0';
    const exercise = priorityDecodeFromCandidate(`a=${line}`);
    expect(exercise?.source).toBe('live');
    expect(exercise?.givens[0]?.value).toBe(line);
    expect(
      checkExercise(exercise!, {
        'type-preference': '126',
        'local-preference': '32542',
        component: '1',
      }).ok,
    ).toBe(true);
  });
  it('works for an mDNS host candidate (the priority is real even when the address is hidden)', () => {
    const exercise = priorityDecodeFromCandidate(
      'candidate:2 1 udp 2113937151 0b5e7a2c-1d0e-4f5a-9b1c-2d3e4f5a6b7c.local 54321 typ host',
    );
    expect(exercise?.fields.map((f) => f.expected)).toEqual(['126', '30', '1']);
  });
  it('gives nothing for a line that does not parse', () => {
    expect(priorityDecodeFromCandidate('not a candidate')).toBeUndefined();
  });
});

describe('generateLongTermKey', () => {
  it('derives the key with the STUN library MD5 (checked against node:crypto in the generator tests)', async () => {
    const exercise = await generateLongTermKey(createRng(1));
    expect(exercise.fields[0]?.expected).toMatch(/^[0-9a-f]{32}$/);
  });
});
