import { describe, expect, it } from 'vitest';
import { mergeProgress } from '~/lib/progress/merge';
import {
  doneChapters,
  emptyProgress,
  latestAttempt,
  MAX_ATTEMPTS_PER_ID,
} from '~/lib/progress/schema';
import { withAttempt, withChapterDone } from '~/lib/progress/update';

const t = (minute: number) => `2026-11-30T12:${String(minute).padStart(2, '0')}:00.000Z`;

describe('withAttempt', () => {
  it('keeps only the newest attempts per id and leaves the input record alone', () => {
    const start = emptyProgress();
    let p = start;
    for (let i = 0; i < MAX_ATTEMPTS_PER_ID + 3; i++)
      p = withAttempt(p, { kind: 'quiz', id: 'q', ok: i % 2 === 0, answer: String(i) }, t(i));
    expect(p.attempts['q']).toHaveLength(MAX_ATTEMPTS_PER_ID);
    expect(latestAttempt(p, 'q')?.answer).toBe(String(MAX_ATTEMPTS_PER_ID + 2));
    expect(p.attempts['q']?.[0]?.answer).toBe('3');
    expect(Object.keys(start.attempts)).toEqual([]);
  });

  it('refuses a reserved id instead of writing through the prototype', () => {
    expect(() =>
      withAttempt(emptyProgress(), { kind: 'quiz', id: '__proto__', ok: true }, t(0)),
    ).toThrow(RangeError);
    expect(({} as Record<string, unknown>)['kind']).toBeUndefined();
  });
});

describe('withChapterDone', () => {
  it('marks and unmarks a chapter, and lists only the chapters done', () => {
    let p = withChapterDone(emptyProgress(), '02-sdp', true, t(1));
    p = withChapterDone(p, '01-intro', true, t(2));
    p = withChapterDone(p, '02-sdp', false, t(3));
    expect(doneChapters(p)).toEqual(['01-intro']);
  });
});

describe('mergeProgress', () => {
  it('keeps the newer mark of each chapter, whichever side it comes from', () => {
    const mine = withChapterDone(
      withChapterDone(emptyProgress(), 'a', true, t(5)),
      'b',
      true,
      t(1),
    );
    const file = withChapterDone(
      withChapterDone(emptyProgress(), 'a', false, t(2)),
      'b',
      false,
      t(9),
    );
    expect(doneChapters(mergeProgress(mine, file))).toEqual(['a']);
  });

  it('unites attempts without duplicating the ones both sides hold, in time order', () => {
    const shared = withAttempt(
      emptyProgress(),
      { kind: 'prediction', id: 'p', ok: true, answer: 'host' },
      t(1),
    );
    const mine = withAttempt(
      shared,
      { kind: 'prediction', id: 'p', ok: false, answer: 'relay' },
      t(3),
    );
    const file = withAttempt(
      shared,
      { kind: 'prediction', id: 'p', ok: true, answer: 'srflx' },
      t(2),
    );
    expect(mergeProgress(mine, file).attempts['p']?.map((a) => a.answer)).toEqual([
      'host',
      'srflx',
      'relay',
    ]);
  });
});
