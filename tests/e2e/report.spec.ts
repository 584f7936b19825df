import { readFile } from 'node:fs/promises';
import { test, expect, runLab, expectNoAxeViolationsInBothThemes } from './fixtures';

const RUNS_KEY = 'webrtc-course-lab-runs';
const TYPE = /^(host|srflx|prflx|relay)$/;

interface ExportedRun {
  lab: string;
  chapter?: string;
  fields: Record<string, string>;
  rows: Record<string, string>[];
}

test('real lab runs go into the report, which prints, downloads and validates at /instructors/report/, and a tampered copy is flagged', async ({
  guarded: page,
}) => {
  test.setTimeout(90_000);
  const recorded = () => page.evaluate((k) => localStorage.getItem(k) ?? '', RUNS_KEY);
  await expect(await runLab(page, '/chapters/ice/', 'ice-explorer')).toHaveAttribute(
    'data-state',
    'done',
  );
  await expect.poll(recorded).toContain('"lab":"ice-explorer"');
  const inspector = await runLab(page, '/chapters/security-and-transport/', 'transport-inspector');
  await expect(inspector).toHaveAttribute('data-state', 'done');
  await expect.poll(recorded).toContain('"lab":"transport-inspector"');

  // The printable page shows each run with what it measured.
  await page.goto('/report/');
  const report = page.locator('[data-report]');
  await expect(report).toHaveAttribute('data-state', 'ready');
  const runs = report.locator('[data-row="lab-run"]');
  await expect(runs).toHaveCount(2);
  await expect(runs.nth(0).locator('h3')).toHaveText('Explore ICE on a real connection');
  await expect(runs.nth(0).locator('[data-field="selected-pair.local-type"]')).toHaveText(TYPE);
  await expect(runs.nth(0).getByRole('region', { name: 'Candidates' })).toBeVisible();
  await expect(runs.nth(1).locator('[data-field="tls-version"]')).toHaveText(/^FEF[CD]$/);
  await expectNoAxeViolationsInBothThemes(page);

  const download = page.waitForEvent('download');
  await report.locator('[data-action="export-report"]').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^learn-webrtc-report-\d{4}-\d\d-\d\d\.json$/);
  const text = await readFile((await file.path())!, 'utf8');
  const exported = JSON.parse(text) as { runs: ExportedRun[] };
  const [ice, dtls] = exported.runs;
  expect(ice?.chapter).toBe('ice');
  expect(ice?.rows.filter((r) => r['row'] === 'candidate').length).toBeGreaterThanOrEqual(2);
  expect(Number(dtls?.fields['connected-ms'])).toBeGreaterThan(0);
  expect(dtls?.rows.filter((r) => r['row'] === 'fingerprint')).toHaveLength(3);
  // Addresses stay out of the report: no address key, no mDNS host name (a UUID.local).
  expect(text).not.toMatch(/address"|[0-9a-f-]{36}\.local|ufrag/);

  await page.goto('/instructors/report/');
  const checker = page.locator('[data-report-checker]');
  await expect(checker).toHaveAttribute('data-state', 'ready');
  await checker.locator('[data-input="report-file"]').setInputFiles({
    name: 'report.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  const verdict = checker.locator('[data-field="report-verdict"]');
  const findings = (level: string) =>
    checker.locator(`[data-row="finding"][data-level="${level}"]`);
  await expect(verdict).toHaveAttribute('data-value', 'consistent');
  await expect(verdict).toContainText('report.json: Everything checked holds together');
  await expect(findings('problem')).toHaveCount(0);
  await expect(findings('ok').filter({ hasText: /candidate priorities .* decode/ })).toHaveCount(1);
  await expect(findings('ok').filter({ hasText: /3 fingerprints are SHA-256 sized/ })).toHaveCount(
    1,
  );

  // A copy with one candidate priority raised and markup in a value, pasted as text.
  const candidate = ice!.rows.find((r) => r['row'] === 'candidate')!;
  candidate['priority'] = String(Number(candidate['priority']) + 256);
  ice!.fields['selected-pair'] = '<img src=x data-injected>';
  await checker.locator('[data-input="report-text"]').fill(JSON.stringify(exported));
  await checker.locator('[data-action="check-report"]').click();
  await expect(verdict).toHaveAttribute('data-value', 'problems');
  await expect(findings('problem').filter({ hasText: /decodes to local preference/ })).toHaveCount(
    1,
  );
  await expect(findings('problem').filter({ hasText: /HTML markup/ })).toHaveCount(1);
  await expect(page.locator('[data-injected]')).toHaveCount(0);
  await expectNoAxeViolationsInBothThemes(page);

  await checker.locator('[data-input="report-text"]').fill('{"runs": [');
  await checker.locator('[data-action="check-report"]').click();
  await expect(verdict).toHaveAttribute('data-value', 'unreadable');
  await expect(findings('problem')).toHaveText([/not valid JSON/]);
});
