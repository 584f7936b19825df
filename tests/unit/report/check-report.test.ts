import { describe, expect, it } from 'vitest';
import { LAB_IDS } from '~/components/labs/catalog';
import { checkReport } from '~/lib/report/checkReport';
import { MAX_REPORT_CHARS, type LabReport } from '~/lib/report/schema';
import { goodReport, tampered } from './reportFixture';

const NOW = Date.parse('2026-11-30T12:00:00.000Z');
const check = (text: string) => checkReport(text, { knownLabs: LAB_IDS, now: NOW });
const problems = (text: string) =>
  check(text)
    .findings.filter((f) => f.level === 'problem')
    .map((f) => f.text);
const run = (r: LabReport, lab: string) => {
  const found = r.runs.find((x) => x.lab === lab);
  if (!found) throw new Error(`no ${lab} run`);
  return found;
};

describe('checkReport on a report the course wrote', () => {
  it('finds it consistent, with no problem and a passed line for each kind of check', () => {
    const result = check(JSON.stringify(goodReport()));
    expect(result.verdict).toBe('consistent');
    expect(problems(JSON.stringify(goodReport()))).toEqual([]);
    const ok = result.findings
      .filter((f) => f.level === 'ok')
      .map((f) => f.text)
      .join('\n');
    expect(ok).toMatch(/is a lab report/);
    expect(ok).toMatch(/times are in order/);
    expect(ok).toMatch(/2 candidate priorities and 1 pair priority decode/);
    expect(ok).toMatch(
      /3 fingerprints are SHA-256 sized \(32 bytes\), the DTLS version is DTLS 1\.2/,
    );
    expect(ok).toMatch(/figures are in plausible ranges/);
    expect(ok).toMatch(
      /right on the latest try, 1 of 1 quiz questions, 0 of 1 exercises, 1 of 1 predictions/,
    );
    expect(result.findings.find((f) => f.level === 'note')?.text).toBe(
      'It holds 3 lab runs of 3 labs, 4 answers and 1 chapter marked done.',
    );
  });
});

describe('checkReport on a tampered report', () => {
  const cases: Array<[string, (r: LabReport) => void, RegExp]> = [
    [
      'a candidate priority that no longer matches its parts',
      (r) => {
        const row = run(r, 'ice-explorer').rows[0]!;
        row['priority'] = String(Number(row['priority']) + 256);
      },
      /candidate\).*decodes to local preference 32543, but the row says “32542”/,
    ],
    [
      'a candidate priority out of range',
      (r) => {
        run(r, 'ice-explorer').rows[1]!['priority'] = '4294967295';
      },
      /not a candidate priority/,
    ],
    [
      'a pair priority that decodes to nothing',
      (r) => {
        run(r, 'ice-explorer').rows[2]!['priority'] = '5';
      },
      /pair\).*does not decode to two candidate priorities/,
    ],
    [
      'a candidate type that does not exist',
      (r) => {
        run(r, 'ice-explorer').rows[0]!['type'] = 'super';
      },
      /“super”, which is not a candidate type/,
    ],
    [
      'a selected pair that disagrees with the pair table',
      (r) => {
        run(r, 'ice-explorer').fields['selected-pair.local-type'] = 'relay';
      },
      /selected pair is relay → host, but the pair marked selected/,
    ],
    [
      'two controlling ICE agents',
      (r) => {
        run(r, 'transport-inspector').fields['ice-role.b'] = 'controlling';
      },
      /A and B are both controlling/,
    ],
    [
      'a fingerprint of 20 bytes (SHA-1 sized)',
      (r) => {
        const row = run(r, 'transport-inspector').rows[1]!;
        row['value'] = row['value']!.slice(0, 59);
      },
      /has 20 bytes; a SHA-256 fingerprint has 32/,
    ],
    [
      'fingerprints that differ while the lab says they match',
      (r) => {
        const row = run(r, 'transport-inspector').rows[0]!;
        row['value'] = `00${row['value']!.slice(2)}`;
      },
      /the lab says the fingerprints match, but the fingerprints listed differ/,
    ],
    [
      'a DTLS version that does not exist',
      (r) => {
        run(r, 'transport-inspector').fields['tls-version'] = 'FEFE';
      },
      /DTLS version “FEFE” is neither/,
    ],
    [
      'two DTLS clients',
      (r) => {
        const f = run(r, 'transport-inspector').fields;
        f['dtls-role.a'] = 'client';
        f['dtls-role'] = 'A:client,B:client';
      },
      /both DTLS clients/,
    ],
    [
      'DTLS states out of order',
      (r) => {
        run(r, 'transport-inspector').rows[4]!['ms'] = '1.0';
      },
      /changes DTLS state at 1 ms, before its previous change/,
    ],
    [
      'an implausible time',
      (r) => {
        run(r, 'hello-loopback').fields['open-ms'] = '-4';
      },
      /“open-ms” is -4, outside what a real run gives/,
    ],
    [
      'an implausible throughput',
      (r) => {
        run(r, 'hello-loopback').fields['throughput-mbps'] = '900000';
      },
      /“throughput-mbps” is 900000/,
    ],
    [
      'a line count that is not whole',
      (r) => {
        run(r, 'hello-loopback').fields['offer-lines'] = '12.5';
      },
      /“offer-lines” is 12.5, but a line count is a whole number/,
    ],
    [
      'a figure that is not a number',
      (r) => {
        run(r, 'ice-explorer').fields['gathering-ms'] = 'fast';
      },
      /“gathering-ms” is “fast”, which is not a number/,
    ],
    [
      'a run that ends before it starts',
      (r) => {
        run(r, 'hello-loopback').finishedAt = '2026-11-30T09:59:59.000Z';
      },
      /ends 1000 ms before it starts/,
    ],
    [
      'a run after the export',
      (r) => {
        r.exportedAt = '2026-11-30T10:07:00.000Z';
      },
      /ends after the report was exported/,
    ],
    [
      'runs out of order',
      (r) => {
        r.runs.reverse();
      },
      /starts before the run listed above it/,
    ],
    [
      'a run that lasts hours',
      (r) => {
        run(r, 'hello-loopback').finishedAt = '2026-11-30T10:59:00.000Z';
      },
      /lasted 59 minutes/,
    ],
    [
      'an export in the future',
      (r) => {
        r.exportedAt = '2026-12-05T11:00:00.000Z';
      },
      /more than a day in the future/,
    ],
    [
      'a score raised by hand',
      (r) => {
        r.scores.exercise.right = 1;
      },
      /states 1 of 1 exercises right .* give 0 of 1/,
    ],
    [
      'an answer turned right without changing the score',
      (r) => {
        r.answers.find((a) => a.kind === 'exercise')!.ok = true;
      },
      /states 0 of 1 exercises right .* give 1 of 1/,
    ],
    [
      'an unknown lab',
      (r) => {
        run(r, 'hello-loopback').lab = 'free-points';
      },
      /a lab this course does not have: “free-points”/,
    ],
    [
      'HTML in a value',
      (r) => {
        run(r, 'hello-loopback').fields['message'] = '<img src=x onerror=alert(1)>';
      },
      /1 value contains HTML markup/,
    ],
  ];
  it.each(cases)('flags %s', (_, edit, expected) => {
    const text = tampered(edit);
    expect(check(text).verdict).toBe('problems');
    expect(problems(text).join('\n')).toMatch(expected);
  });
});

describe('checkReport on malformed input', () => {
  it.each([
    ['garbage', 'garbage \u0000 }{', /not valid JSON/],
    ['an empty file', '', /not valid JSON/],
    ['JSON that is not a report', '{"name":"my-app"}', /not a lab report from this course/],
    ['a JSON array', '[1,2,3]', /not a lab report/],
    ['a newer version', JSON.stringify({ ...goodReport(), version: 9 }), /format version is “9”/],
    [
      'a report without export time',
      JSON.stringify({ ...goodReport(), exportedAt: 'yesterday' }),
      /does not say when it was exported/,
    ],
  ])('calls %s unreadable with the reason', (_, text, reason) => {
    const result = check(text);
    expect(result.verdict).toBe('unreadable');
    expect(result.findings.map((f) => f.text).join('\n')).toMatch(reason);
  });

  it('refuses a huge file without parsing it', () => {
    const result = check(' '.repeat(MAX_REPORT_CHARS + 1));
    expect(result.verdict).toBe('unreadable');
    expect(result.findings[0]?.text).toMatch(/a report is at most 2 MB/);
  });

  it('names each malformed run and answer and still checks the rest', () => {
    const r = goodReport() as unknown as { runs: unknown[]; answers: unknown[] };
    r.runs.push({
      lab: 'ice-explorer',
      startedAt: '2026-11-30T10:20:00.000Z',
      finishedAt: 'later',
      outcome: 'done',
      fields: {},
      rows: [],
    });
    r.runs.push({
      lab: 'x',
      startedAt: '2026-11-30T10:21:00.000Z',
      finishedAt: '2026-11-30T10:21:00.000Z',
      outcome: 'done',
      fields: { a: 1 },
      rows: [],
    });
    r.runs.push(null);
    r.answers.push({ kind: 'cheat', id: 'x', ok: true, at: '2026-11-30T10:00:00.000Z' });
    const text = problems(JSON.stringify(r)).join('\n');
    expect(text).toMatch(
      /Run 4 \(ice-explorer, 2026-11-30 10:20:00\) is not well formed: its start or end is not a time/,
    );
    expect(text).toMatch(/Run 5 \(x, .*\) is not well formed: its fields “a” is not a text/);
    expect(text).toMatch(/Run 6 is not well formed: it is not an object/);
    expect(text).toMatch(/Answer 5 is not well formed: its kind is not quiz/);
    const passed = check(JSON.stringify(r)).findings.filter((f) => f.level === 'ok');
    expect(passed.map((f) => f.text).join('\n')).toMatch(/candidate priorities .* decode/);
  });

  it('never throws on deeply nested, prototype-polluting or oddly typed values', () => {
    const odd = [
      '{"format":"webrtc-course-report","version":1,"exportedAt":"2026-11-30T11:00:00.000Z","runs":{"__proto__":1},"answers":"x","scores":[]}',
      `{"format":"webrtc-course-report","version":1,"exportedAt":"2026-11-30T11:00:00.000Z","runs":[${'['.repeat(5000)}${']'.repeat(5000)}]}`,
      JSON.stringify({ ...goodReport(), scores: { quiz: '<b>' } }),
      tampered((r) => {
        run(r, 'ice-explorer').rows[2]!['priority'] = '9'.repeat(20);
      }),
    ];
    for (const text of odd) expect(() => check(text)).not.toThrow();
    expect(check(odd[0]!).verdict).toBe('problems');
  });

  it('caps the problem lines of a report with thousands of problems', () => {
    const r = goodReport();
    const many = run(r, 'ice-explorer');
    many.fields = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`f${i}-ms`, '-1']));
    r.runs = Array.from({ length: 60 }, (_, i) => ({
      ...many,
      startedAt: r.runs[0]!.startedAt,
      finishedAt: r.runs[0]!.finishedAt,
      lab: i ? many.lab : many.lab,
    }));
    const result = check(JSON.stringify(r));
    expect(result.findings.length).toBeLessThan(220);
    expect(result.findings.at(-1)?.text ?? '').toMatch(/more problems like these/);
  });
});
