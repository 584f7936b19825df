import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { expect } from 'vitest';
import { BASE_URL } from './firefoxPath';
import { PATIENT, act, runPreset } from './labContract';
import { describeInFirefox, firefoxTest } from './suite';

describeInFirefox('the stats dump explorer in Firefox', () => {
  firefoxTest(
    'the media lab’s “Export stats” file opens in /tools/stats/ with both peers, a selected host pair and a bitrate chart',
    async (page) => {
      expect(await runPreset(page, '/chapters/media/', 'media-lab')).toBe('done');
      // Keep what the lab saves: the Blob it hands to URL.createObjectURL for the download.
      await page.evaluate(() => {
        const kept: Blob[] = [];
        (window as unknown as { keptBlobs: Blob[] }).keptBlobs = kept;
        const create = URL.createObjectURL.bind(URL);
        URL.createObjectURL = (blob: Blob | MediaSource) => {
          if (blob instanceof Blob) kept.push(blob);
          return create(blob);
        };
      });
      await act(page, 'media-lab', 'export-stats');
      const exported = await page.waitForFunction(
        () => (window as unknown as { keptBlobs: Blob[] }).keptBlobs[0]?.text(),
        { timeout: PATIENT },
      );
      const text = (await exported.jsonValue()) as string;
      expect(JSON.parse(text)).toMatchObject({ format: 'webrtc-course-stats', lab: 'media-lab' });
      const path = join(mkdtempSync(join(tmpdir(), 'stats-ff-')), 'media-lab-stats.json');
      writeFileSync(path, text);
      await act(page, 'media-lab', 'reset');

      await page.goto(`${BASE_URL}/tools/stats/`, { waitUntil: 'load' });
      const input = (await page.$('[data-input="dump-file"]')) as ElementHandle<HTMLInputElement>;
      await input.uploadFile(path);
      const kind = await page.waitForFunction(
        () => document.querySelector('[data-field="dump-kind"]')?.textContent,
        { timeout: PATIENT, polling: 100 },
      );
      expect(await kind.jsonValue()).toMatch(/is the course’s export of media-lab, from .*Firefox/);
      const buttons = await page.$$eval('[data-connection-button]', (b) =>
        b.map((e) => e.textContent?.trim()),
      );
      expect(buttons).toEqual(['A (sender)', 'B (receiver)']);
      const selected = await page.$eval('[data-field="selected-pair"]', (e) => e.textContent ?? '');
      expect(selected).toMatch(/Selected pair: host udp .+ ↔ host udp/);
      await page.waitForSelector('[data-chart="bitrate"] .plot[data-drawn] canvas', {
        timeout: PATIENT,
      });
      const sent = await page.$eval('[data-chart="bitrate"] [data-line="sent"]', (e) =>
        e.textContent?.trim(),
      );
      expect(sent).toMatch(/^sent: last [\d,.]+ kbit\/s/);
    },
  );
});
