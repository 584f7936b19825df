// The /report/ page's behaviour: the report of what this browser recorded, drawn on the page (to
// print) and downloadable as JSON. Nothing is uploaded: the file is made here and saved locally.
import { buildReport } from '~/lib/report/build';
import { readProgress } from '../progress/progressStore';
import { readLabRuns } from './labRunStore';
import { renderReport, type ReportNames } from './reportView';

const currentReport = () => buildReport(readLabRuns(), readProgress(), new Date().toISOString());

/** Wires the page rendered by ReportPanel.astro. */
export function mountReportPage(root: HTMLElement): void {
  const names = JSON.parse(root.dataset['names'] ?? '{}') as ReportNames;
  const message = root.querySelector<HTMLElement>('[data-field="report-message"]');
  renderReport(root, currentReport(), names);

  root.querySelector('[data-action="export-report"]')?.addEventListener('click', () => {
    const report = currentReport();
    renderReport(root, report, names);
    const text = `${JSON.stringify(report, null, 2)}\n`;
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `learn-webrtc-report-${report.exportedAt.slice(0, 10)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    if (message) {
      message.textContent = `Saved ${link.download} to your downloads.`;
      message.hidden = false;
    }
  });
  root.querySelector('[data-action="print-report"]')?.addEventListener('click', () => print());
  root.dataset['state'] = 'ready';
}
