import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAnswer, orderedChoices } from '../../src/lib/debug-cases/answers';
import { DEBUG_CASES, findDebugCase } from '../../src/lib/debug-cases/cases';
import { buildEvidence } from '../../src/lib/debug-cases/evidence';
import { parseCaseFixture } from '../../src/lib/debug-cases/fixture';
import {
  sdpExcerpt,
  sdpFingerprint,
  sectionDirection,
} from '../../src/lib/debug-cases/sdp-excerpt';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'debug-cases');
const load = (id: string): unknown => JSON.parse(readFileSync(join(DIR, `${id}.json`), 'utf8'));
const CHAPTER = readFileSync(
  join(import.meta.dirname, '..', '..', 'content', 'chapters', '13-in-production.mdx'),
  'utf8',
);
const slug = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-');

describe('DEBUG_CASES', () => {
  it('holds the six cases of issue 12, each with one right diagnosis and one right fix among its choices', () => {
    expect(DEBUG_CASES.map((c) => c.id)).toEqual([
      'no-relay',
      'no-srflx',
      'fingerprint-changed',
      'one-way-video',
      'turn-401',
      'frozen-video',
    ]);
    for (const c of DEBUG_CASES) {
      for (const q of [c.diagnosis, c.fix]) {
        expect(q.choices.filter((choice) => choice.id === q.answer)).toHaveLength(1);
        expect(q.choices.length).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('links each case to a heading of chapter 13 that exists', () => {
    const headings = [...CHAPTER.matchAll(/^###? (.+)$/gm)].map((m) => slug(m[1]!));
    for (const c of DEBUG_CASES) expect(headings).toContain(c.section.id);
  });

  it('finds a case by id and nothing for an unknown id', () => {
    expect(findDebugCase('turn-401')?.title).toBe('TURN refuses');
    expect(findDebugCase('nope')).toBeUndefined();
  });
});

describe('checkAnswer', () => {
  const question = DEBUG_CASES[0]!.diagnosis;
  it('judges the right choice right and another one wrong, each with its reasoning', () => {
    expect(checkAnswer(question, 'no-turn')).toMatchObject({ correct: true });
    const wrong = checkAnswer(question, 'fingerprint');
    expect(wrong?.correct).toBe(false);
    expect(wrong?.why).toMatch(/DTLS/);
  });
  it('returns null for an id that is not a choice', () => {
    expect(checkAnswer(question, '')).toBeNull();
  });
});

describe('orderedChoices', () => {
  it('rotates the choices so that the right one is not always first', () => {
    const firsts = DEBUG_CASES.map((c, i) => orderedChoices(c.diagnosis, i)[0]!.id);
    expect(firsts.filter((id, i) => id === DEBUG_CASES[i]!.diagnosis.answer).length).toBeLessThan(
      DEBUG_CASES.length,
    );
    expect(
      orderedChoices(DEBUG_CASES[0]!.diagnosis, 1)
        .map((c) => c.id)
        .sort(),
    ).toEqual(DEBUG_CASES[0]!.diagnosis.choices.map((c) => c.id).sort());
  });
});

describe('parseCaseFixture', () => {
  it('names what is missing instead of throwing', () => {
    expect(parseCaseFixture('no-srflx', null)).toEqual({
      ok: false,
      problems: ['the evidence is not an object'],
    });
    const result = parseCaseFixture('no-srflx', { case: 'turn-401', browser: 'x' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toContain('it is the evidence of “turn-401”');
      expect(result.problems).toContain('errors should be array, is undefined');
    }
  });
  it('refuses one case’s evidence as another’s', () => {
    expect(parseCaseFixture('no-relay', load('turn-401')).ok).toBe(false);
  });
});

describe('sdpExcerpt', () => {
  const sdp =
    'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\nm=video 9 UDP/TLS/RTP/SAVPF 96\r\na=mid:0\r\na=recvonly\r\n';
  it('keeps the marked line with its m= line and counts the lines left out', () => {
    const excerpt = sdpExcerpt(sdp, (line) => (line === 'a=recvonly' ? 'direction' : undefined));
    expect(excerpt).toEqual([
      { kind: 'gap', count: 2 },
      { kind: 'line', number: 3, text: 'm=video 9 UDP/TLS/RTP/SAVPF 96' },
      { kind: 'gap', count: 1 },
      { kind: 'line', number: 5, text: 'a=recvonly', mark: 'direction' },
    ]);
  });
  it('reads a section’s direction and an SDP’s fingerprint', () => {
    expect(sectionDirection(sdp, 'video')).toBe('recvonly');
    expect(sectionDirection(sdp, 'audio')).toBeUndefined();
    expect(sdpFingerprint('a=fingerprint:sha-256 AB:CD\r\n')).toEqual({
      algorithm: 'sha-256',
      value: 'AB:CD',
    });
  });
});

describe('buildEvidence', () => {
  for (const c of DEBUG_CASES) {
    it(`marks at least one telling line or row in the evidence of “${c.title}”`, () => {
      const parsed = parseCaseFixture(c.id, load(c.id));
      if (!parsed.ok) throw new Error(parsed.problems.join('; '));
      const blocks = buildEvidence(parsed.fixture);
      const marks = blocks.flatMap((b) =>
        b.kind === 'sdp'
          ? b.excerpt.flatMap((l) => (l.kind === 'line' && l.mark ? [l.mark] : []))
          : b.kind === 'facts'
            ? b.facts.flatMap((f) => (f.mark ? [f.mark] : []))
            : (b.kind === 'table' ? b.rows : b.lines).flatMap((r) => (r.mark ? [r.mark] : [])),
      );
      expect(marks.length).toBeGreaterThan(0);
    });
  }

  it('shows both fingerprints of the proxy case, differing, each line marked', () => {
    const parsed = parseCaseFixture('fingerprint-changed', load('fingerprint-changed'));
    if (!parsed.ok) throw new Error('fixture');
    const sdps = buildEvidence(parsed.fixture).filter((b) => b.kind === 'sdp');
    const lines = sdps.map((b) =>
      b.kind === 'sdp'
        ? b.excerpt.find((l) => l.kind === 'line' && l.mark === 'fingerprint')
        : undefined,
    );
    expect(lines).toHaveLength(2);
    expect(lines[0]).not.toEqual(lines[1]);
  });
});
