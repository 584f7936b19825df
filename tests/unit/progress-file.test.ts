import { describe, expect, it } from 'vitest';
import { migrateToCurrent } from '~/lib/progress/migrate';
import { emptyProgress, MAX_PROGRESS_CHARS, PROGRESS_FORMAT } from '~/lib/progress/schema';
import { withAttempt, withChapterDone } from '~/lib/progress/update';
import { parseProgress } from '~/lib/progress/validate';

const AT = '2026-11-30T12:00:00.000Z';

function refusal(text: string): string {
  const result = parseProgress(text);
  if (result.ok) throw new Error('expected a refusal');
  return result.reason;
}

describe('parseProgress', () => {
  it('reads back exactly what was written', () => {
    let p = withChapterDone(emptyProgress(), '03-ice', true, AT);
    p = withAttempt(
      p,
      { kind: 'quiz', id: 'ice/q1', chapter: '03-ice', ok: true, answer: '2' },
      AT,
    );
    p = withAttempt(
      p,
      { kind: 'exercise', id: 'prio', ok: false, detail: { tries: 2, kind: 'pair' } },
      AT,
    );
    const result = parseProgress(JSON.stringify(p));
    expect(result).toEqual({ ok: true, progress: p });
  });

  it('refuses a damaged file with a reason that says it is not valid JSON', () => {
    const text = JSON.stringify(withChapterDone(emptyProgress(), 'a', true, AT)).slice(0, -7);
    expect(refusal(text)).toMatch(/not valid JSON/);
  });

  it('refuses a foreign JSON file because it lacks the course format tag', () => {
    expect(refusal('{"name":"my-app","version":"1.0.0"}')).toMatch(
      /not a progress file from this course/,
    );
    expect(refusal('[1,2,3]')).toMatch(/not a progress file/);
    expect(refusal('null')).toMatch(/not a progress file/);
  });

  it('refuses a file from a newer format and says to reload', () => {
    const reason = refusal(
      JSON.stringify({ format: PROGRESS_FORMAT, version: 4, chapters: {}, attempts: {} }),
    );
    expect(reason).toMatch(/newer version of the course \(format 4; this page reads up to 3\)/);
  });

  it('refuses a huge file before parsing it', () => {
    const huge = `{"format":"${PROGRESS_FORMAT}","pad":"${'x'.repeat(MAX_PROGRESS_CHARS)}"}`;
    expect(refusal(huge)).toMatch(/is 1\.0 MB; a progress file is at most 1 MB/);
  });

  it('refuses __proto__ and constructor keys and leaves Object.prototype untouched', () => {
    const polluted = `{"format":"${PROGRESS_FORMAT}","version":2,"chapters":{"__proto__":{"done":true,"at":"${AT}","polluted":1}},"attempts":{}}`;
    expect(refusal(polluted)).toMatch(/"__proto__" is reserved/);
    const viaAttempts = `{"format":"${PROGRESS_FORMAT}","version":2,"chapters":{},"attempts":{"constructor":[]}}`;
    expect(refusal(viaAttempts)).toMatch(/"constructor" is reserved/);
    const viaDetail = `{"format":"${PROGRESS_FORMAT}","version":2,"chapters":{},"attempts":{"q":[{"kind":"quiz","id":"q","ok":true,"at":"${AT}","detail":{"__proto__":{"polluted":1}}}]}}`;
    expect(refusal(viaDetail)).toMatch(/reserved or unusable key "__proto__"/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('names the entry that is wrong inside an otherwise good file', () => {
    const bad = {
      format: PROGRESS_FORMAT,
      version: 2,
      chapters: { '01-intro': { done: 'yes', at: AT } },
      attempts: {},
    };
    expect(refusal(JSON.stringify(bad))).toBe(
      'Chapter "01-intro" needs "done" (true or false) and "at" (a time).',
    );
    const kind = {
      format: PROGRESS_FORMAT,
      version: 2,
      chapters: {},
      attempts: { q: [{ kind: 'guess', id: 'q', ok: true, at: AT }] },
    };
    expect(refusal(JSON.stringify(kind))).toMatch(
      /An answer for "q" is not valid: "kind" must be one of quiz, exercise, prediction/,
    );
  });

  it('drops fields it does not know, so only the schema survives an import', () => {
    const extra = {
      format: PROGRESS_FORMAT,
      version: 2,
      chapters: { a: { done: true, at: AT, colour: 'red' } },
      attempts: {},
      script: 'x',
    };
    const result = parseProgress(JSON.stringify(extra));
    expect(result.ok && result.progress.chapters['a']).toEqual({ done: true, at: AT });
    expect(result.ok && 'script' in result.progress).toBe(false);
  });
});

describe('migrateToCurrent', () => {
  const v1 = {
    format: PROGRESS_FORMAT,
    version: 1,
    done: ['01-intro', '02-sdp'],
    quiz: { 'sdp/q1': { answer: 1, ok: true, at: AT } },
    savedAt: '2026-10-01T08:00:00.000Z',
  };

  it('turns a format-1 file into done marks and quiz attempts of the current format', () => {
    const result = parseProgress(JSON.stringify(v1));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.progress.version).toBe(3);
    expect(result.progress.chapters['02-sdp']).toEqual({ done: true, at: v1.savedAt });
    expect(result.progress.attempts['sdp/q1']).toEqual([
      { kind: 'quiz', id: 'sdp/q1', ok: true, answer: '1', at: AT },
    ]);
  });

  it('refuses a format-1 file whose done list is missing', () => {
    expect(migrateToCurrent({ format: PROGRESS_FORMAT, version: 1 }, 1)).toEqual({
      ok: false,
      reason: 'The format-1 file has no valid "done" list.',
    });
  });
});
