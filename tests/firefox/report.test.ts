import { expect } from 'vitest';
import { BASE_URL } from './firefoxPath';
import { PATIENT, runPreset } from './labContract';
import { describeInFirefox, firefoxTest } from './suite';

describeInFirefox('lab report in Firefox', () => {
  firefoxTest(
    'a real ice-explorer run is exported in the report and the checker finds it consistent',
    async (page) => {
      expect(await runPreset(page, '/chapters/ice/', 'ice-explorer')).toBe('done');
      await page.waitForFunction(
        () => localStorage.getItem('webrtc-course-lab-runs')?.includes('"lab":"ice-explorer"'),
        { timeout: PATIENT, polling: 100 },
      );
      await page.goto(`${BASE_URL}/report/`, { waitUntil: 'load' });
      await page.waitForSelector('[data-report][data-state="ready"]', { timeout: PATIENT });
      // The download itself is the browser's; the test keeps the file the page hands to it.
      const text = await page.evaluate(async () => {
        const files: Blob[] = [];
        const make = URL.createObjectURL.bind(URL);
        URL.createObjectURL = (blob: Blob) => (files.push(blob), make(blob));
        HTMLAnchorElement.prototype.click = () => undefined;
        document.querySelector<HTMLElement>('[data-action="export-report"]')?.click();
        return files[0]?.text() ?? '';
      });
      const report = JSON.parse(text) as { runs: { lab: string; rows: unknown[] }[] };
      expect(report.runs.map((r) => r.lab)).toContain('ice-explorer');

      await page.goto(`${BASE_URL}/instructors/report/`, { waitUntil: 'load' });
      await page.waitForSelector('[data-report-checker][data-state="ready"]', { timeout: PATIENT });
      await page.$eval(
        '[data-input="report-text"]',
        (el, value) => ((el as HTMLTextAreaElement).value = value),
        text,
      );
      await page.$eval('[data-action="check-report"]', (el) => (el as HTMLElement).click());
      const verdict = await page.$eval('[data-field="report-verdict"]', (el) => ({
        value: el.getAttribute('data-value'),
        problems: [...document.querySelectorAll('[data-level="problem"]')].map(
          (p) => p.textContent,
        ),
      }));
      expect(verdict).toEqual({ value: 'consistent', problems: [] });
    },
  );
});
