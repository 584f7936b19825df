import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { BASE_URL } from './firefoxPath';
import { describeInFirefox, firefoxTest } from './suite';

const fixture = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../fixtures/connection/connection.json'), 'utf8'),
) as { offer: string; datagrams: { hex?: string }[] };

describeInFirefox('the illustrated connection in Firefox', () => {
  firefoxTest(
    'lists every datagram, and the decrypt toggle shows the DCEP open with its label',
    async (page) => {
      await page.goto(`${BASE_URL}/illustrated/`);
      // Every datagram once, as a card or a line of the table, each under its own id.
      const ids = await page.evaluate(() =>
        [...document.querySelectorAll('[data-row="datagram"], [data-row="media"]')].map(
          (r) => r.id,
        ),
      );
      const order = ids.map((id) => Number(id.slice(1))).sort((a, b) => a - b);
      expect(order).toEqual(fixture.datagrams.map((_, i) => i));
      const label = await page.evaluate(() => {
        const card = [...document.querySelectorAll('[data-row="datagram"]')].find((c) =>
          c.textContent?.includes('DATA_CHANNEL_OPEN'),
        )!;
        (card.querySelector('details[data-decrypted] > summary') as HTMLElement).click();
        const value = card.querySelector('[data-field="Label"] .value') as HTMLElement;
        return { text: value.textContent, visible: value.getBoundingClientRect().height > 0 };
      });
      expect(label).toEqual({ text: '"chat"', visible: true });
      // Firefox's WebCrypto recomputes both a=fingerprint lines from the Certificate bytes.
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('[data-field="fingerprint-check"]')].every(
            (c) => c.getAttribute('data-value') !== '',
          ),
        { timeout: 10_000 },
      );
      const checks = await page.$$eval('[data-field="fingerprint-check"]', (all) =>
        all.map((c) => c.getAttribute('data-value')),
      );
      expect(checks).toEqual(['true', 'true']);
    },
  );

  firefoxTest(
    'a deep link to a field opens its closed list of fields, scrolls to it and focuses it',
    async (page) => {
      await page.goto(`${BASE_URL}/illustrated/#rtp-vp8-ssrc`);
      await page.waitForFunction(() => document.activeElement?.id === 'rtp-vp8-ssrc', {
        timeout: 10_000,
      });
      const landed = await page.evaluate(() => {
        const link = document.getElementById('rtp-vp8-ssrc')!;
        const row = link.closest('tr')!;
        const box = row.getBoundingClientRect();
        return {
          open: (row.closest('details') as HTMLDetailsElement).open,
          inView: box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight,
          value: row.querySelector('.value')?.textContent ?? '',
        };
      });
      const ssrc = /^a=ssrc-group:FID (\d+)/m.exec(fixture.offer)![1]!;
      expect(landed.open).toBe(true);
      expect(landed.inView).toBe(true);
      expect(landed.value).toMatch(new RegExp(`^${ssrc} `));
    },
  );
});
