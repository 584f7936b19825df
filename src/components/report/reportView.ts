// Draws a lab report as a page a learner reads and prints, with plain DOM calls (the page carries
// no framework). Every value goes in as text, never as markup.
import type { LabReport, LabRunRecord, RunRow } from '~/lib/report/schema';

/** Titles for ids: labs by id, chapters by slug. */
export interface ReportNames {
  labs: Record<string, string>;
  chapters: Record<string, string>;
}

const ROW_TITLES: Record<string, string> = {
  candidate: 'Candidates',
  pair: 'Candidate pairs',
  fingerprint: 'Fingerprints',
  'dtls-state': 'DTLS state changes',
};
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const KIND_TITLES = { quiz: 'Quiz questions', exercise: 'Exercises', prediction: 'Predictions' };

/** A time as the learner's locale writes it. */
export const when = (at: string) =>
  new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

function el(tag: string, text = '', className = ''): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

function table(caption: string, head: string[], body: string[][]): HTMLElement {
  const t = el('table');
  const thead = el('thead');
  const tr = el('tr');
  for (const h of head) tr.append(Object.assign(el('th', h), { scope: 'col' }));
  thead.append(tr);
  const tbody = el('tbody');
  for (const cells of body) {
    const row = el('tr');
    // Long values (fingerprints) wrap; numbers and short codes stay on one line.
    for (const c of cells) row.append(el('td', c, c.length > 24 ? 'long' : ''));
    tbody.append(row);
  }
  t.append(el('caption', caption), thead, tbody);
  // A wide table scrolls inside a region the keyboard can reach.
  const region = el('div', '', 'scroll');
  region.tabIndex = 0;
  region.setAttribute('role', 'region');
  region.setAttribute('aria-label', caption);
  region.append(t);
  return region;
}

function rowTables(rows: RunRow[]): HTMLElement[] {
  const kinds = [...new Set(rows.map((r) => r['row'] ?? ''))];
  return kinds.map((kind) => {
    const ofKind = rows.filter((r) => r['row'] === kind);
    const columns = [...new Set(ofKind.flatMap((r) => Object.keys(r)))].filter((k) => k !== 'row');
    const body = ofKind.map((r) => columns.map((c) => r[c] ?? ''));
    return table(ROW_TITLES[kind] ?? kind, columns, body);
  });
}

function runView(run: LabRunRecord, names: ReportNames): HTMLElement {
  const article = el('article', '', 'run');
  article.dataset['row'] = 'lab-run';
  article.dataset['lab'] = run.lab;
  article.dataset['outcome'] = run.outcome;
  const seconds = (Date.parse(run.finishedAt) - Date.parse(run.startedAt)) / 1000;
  const meta = [
    when(run.startedAt),
    run.chapter ? (names.chapters[run.chapter] ?? run.chapter) : 'its own page',
    `took ${seconds.toFixed(1)} s`,
    run.outcome === 'done' ? 'finished' : 'stopped by an error',
  ];
  article.append(el('h3', names.labs[run.lab] ?? run.lab), el('p', meta.join(' · '), 'meta'));
  const facts = Object.entries(run.fields);
  if (facts.length) {
    const dl = el('dl', '', 'facts');
    for (const [name, value] of facts) {
      const dd = el('dd', value);
      dd.dataset['field'] = name;
      dl.append(el('dt', name), dd);
    }
    article.append(dl);
  } else article.append(el('p', 'The lab showed no measured value.', 'meta'));
  article.append(...rowTables(run.rows));
  return article;
}

/** Fills `root`'s [data-report-part] elements with the report. */
export function renderReport(root: HTMLElement, report: LabReport, names: ReportNames): void {
  const part = (name: string) => root.querySelector<HTMLElement>(`[data-report-part="${name}"]`);
  const labs = new Set(report.runs.map((r) => r.lab)).size;
  part('summary')?.replaceChildren(
    el(
      'p',
      `${count(report.runs.length, 'lab run')} of ${count(labs, 'lab')}, ${count(report.answers.length, 'answer')} and ${count(report.chaptersDone.length, 'chapter')} marked done, as this browser recorded them up to ${when(report.exportedAt)}.`,
    ),
    table(
      'Scores: right on the latest try, of those tried',
      ['What', 'Right', 'Tried', 'Answers given'],
      (['quiz', 'exercise', 'prediction'] as const).map((k) => [
        KIND_TITLES[k],
        String(report.scores[k].right),
        String(report.scores[k].tried),
        String(report.scores[k].answers),
      ]),
    ),
  );
  const runs = report.runs.map((r) => runView(r, names));
  part('runs')?.replaceChildren(
    ...(runs.length
      ? runs
      : [el('p', 'No lab run recorded yet: run a lab in any chapter and it appears here.')]),
  );
  part('answers')?.replaceChildren(
    report.answers.length
      ? table(
          'Every answer, oldest first',
          ['When', 'Kind', 'Question', 'Answer', 'Result'],
          report.answers.map((a) => [
            when(a.at),
            a.kind,
            a.id,
            a.answer ?? '',
            a.ok ? 'right' : 'missed',
          ]),
        )
      : el('p', 'No answer recorded yet.'),
  );
  for (const [name, n] of [
    ['runs', report.runs.length],
    ['answers', report.answers.length],
  ] as const) {
    const tally = root.querySelector(`[data-report-tally="${name}"]`);
    if (tally) tally.textContent = String(n);
  }
}
