// The /instructors/report/ page's behaviour: a report file opened or pasted here is read and
// checked in this page (nothing is uploaded), and what the checker found is listed as text.
import { checkReport, checkReportSize, type ReportCheck } from '~/lib/report/checkReport';

const WORDS = { ok: 'Passed', problem: 'Problem', note: 'Note' } as const;

function show(root: HTMLElement, source: string, result: ReportCheck): void {
  const verdict = root.querySelector<HTMLElement>('[data-field="report-verdict"]');
  const list = root.querySelector<HTMLElement>('[data-report-findings]');
  const out = root.querySelector<HTMLElement>('[data-report-result]');
  if (!verdict || !list || !out) return;
  verdict.dataset['value'] = result.verdict;
  verdict.textContent = `${source}: ${result.summary}`;
  list.replaceChildren(
    ...result.findings.map((f) => {
      const li = document.createElement('li');
      li.dataset['row'] = 'finding';
      li.dataset['level'] = f.level;
      const tag = document.createElement('strong');
      tag.textContent = `${WORDS[f.level]}: `;
      li.append(tag, f.text);
      return li;
    }),
  );
  out.hidden = false;
  root.dataset['state'] = 'done';
}

/** Wires the checker rendered by ReportChecker.astro. */
export function mountReportChecker(root: HTMLElement): void {
  const knownLabs = JSON.parse(root.dataset['labs'] ?? '[]') as string[];
  const check = (source: string, text: string) =>
    show(root, source, checkReport(text, { knownLabs, now: Date.now() }));

  const file = root.querySelector<HTMLInputElement>('[data-input="report-file"]');
  file?.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    // A huge file is refused by its size, before a byte of it is read.
    const refused = checkReportSize(chosen.size);
    if (refused) show(root, chosen.name, refused);
    else check(chosen.name, await chosen.text().catch(() => ''));
    file.value = '';
  });
  const pasted = root.querySelector<HTMLTextAreaElement>('[data-input="report-text"]');
  root.querySelector('[data-action="check-report"]')?.addEventListener('click', () => {
    check('The pasted text', pasted?.value ?? '');
  });
  root.dataset['state'] = 'ready';
}
