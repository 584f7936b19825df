import { describe, expect, it } from 'vitest';
import { mergeProgress } from '~/lib/progress/merge';
import { migrateV2 } from '~/lib/progress/migrate';
import { emptyProgress, PROGRESS_FORMAT } from '~/lib/progress/schema';
import { withAttempt, withRecall, withTermMet } from '~/lib/progress/update';
import { parseProgress } from '~/lib/progress/validate';

const t = (day: number) => `2026-11-${String(day).padStart(2, '0')}T09:00:00.000Z`;

/** A format-2 file as the course wrote it before review marks existed. */
const FORMAT_2 = {
  format: PROGRESS_FORMAT,
  version: 2,
  chapters: { nat: { done: true, at: t(10) } },
  attempts: {
    'nat-quiz/q1': [{ kind: 'quiz', id: 'nat-quiz/q1', ok: false, answer: '0', at: t(10) }],
  },
};

function refusal(value: unknown): string {
  const result = parseProgress(JSON.stringify(value));
  if (result.ok) throw new Error('expected a refusal');
  return result.reason;
}

describe('migrateV2', () => {
  it('adds empty review marks and version 3, keeping everything else', () => {
    expect(migrateV2(FORMAT_2)).toEqual({
      ok: true,
      raw: { ...FORMAT_2, version: 3, review: { met: {}, recalls: {} } },
    });
  });

  it('lets a format-2 file exported before the review page import unchanged', () => {
    const result = parseProgress(JSON.stringify(FORMAT_2));
    if (!result.ok) throw new Error(result.reason);
    expect(result.progress.version).toBe(3);
    expect(result.progress.attempts['nat-quiz/q1']?.[0]?.ok).toBe(false);
    expect(Object.keys(result.progress.review.met)).toEqual([]);
  });
});

describe('withTermMet', () => {
  it('keeps the first time a term was met and leaves the input record alone', () => {
    const start = emptyProgress();
    const once = withTermMet(start, 'ice-lite', t(1));
    expect(withTermMet(once, 'ice-lite', t(5))).toBe(once);
    expect(once.review.met['ice-lite']).toBe(t(1));
    expect(Object.keys(start.review.met)).toEqual([]);
  });

  it('refuses a reserved id or a time that is not ISO 8601', () => {
    expect(() => withTermMet(emptyProgress(), '__proto__', t(1))).toThrow(RangeError);
    expect(() => withTermMet(emptyProgress(), 'nat', 'yesterday')).toThrow(RangeError);
  });

  it('survives a later attempt being recorded', () => {
    const p = withAttempt(
      withTermMet(emptyProgress(), 'srtp', t(1)),
      { kind: 'quiz', id: 'q', ok: true },
      t(2),
    );
    expect(p.review.met['srtp']).toBe(t(1));
  });
});

describe('withRecall', () => {
  it('appends recalls in order and keeps the newest ten', () => {
    let p = emptyProgress();
    for (let day = 1; day <= 12; day++) p = withRecall(p, 'term:nat', day % 2 === 0, t(day));
    expect(p.review.recalls['term:nat']).toHaveLength(10);
    expect(p.review.recalls['term:nat']?.[0]).toEqual({ ok: false, at: t(3) });
  });
});

describe('parseProgress with review marks', () => {
  it('reads back the terms met and the recalls that were written', () => {
    const p = withRecall(withTermMet(emptyProgress(), 'dtls', t(2)), 'term:dtls', true, t(3));
    expect(parseProgress(JSON.stringify(p))).toEqual({ ok: true, progress: p });
  });

  it('refuses a format-3 file without a review section, or with a bad entry in it, naming it', () => {
    const base = { ...FORMAT_2, version: 3 };
    expect(refusal(base)).toMatch(/no valid "review" section/);
    expect(refusal({ ...base, review: { met: { nat: 'soon' }, recalls: {} } })).toBe(
      'The term "nat" needs the time it was met.',
    );
    expect(
      refusal({ ...base, review: { met: {}, recalls: { 'term:nat': [{ ok: 'yes', at: t(1) }] } } }),
    ).toMatch(/A recall for "term:nat" needs "ok"/);
    const polluted = `{"format":"${PROGRESS_FORMAT}","version":3,"chapters":{},"attempts":{},"review":{"met":{"__proto__":"${t(1)}"},"recalls":{}}}`;
    expect(refusal(JSON.parse(polluted))).toMatch(/"__proto__" is reserved/);
  });
});

describe('mergeProgress with review marks', () => {
  it('keeps the earlier meeting of a term and unites the recalls of both records', () => {
    const here = withRecall(withTermMet(emptyProgress(), 'nat', t(5)), 'term:nat', false, t(6));
    const file = withRecall(withTermMet(emptyProgress(), 'nat', t(2)), 'term:nat', true, t(3));
    const merged = mergeProgress(here, withRecall(file, 'term:nat', false, t(6)));
    expect(merged.review.met['nat']).toBe(t(2));
    expect(merged.review.recalls['term:nat']).toEqual([
      { ok: true, at: t(3) },
      { ok: false, at: t(6) },
    ]);
  });
});
