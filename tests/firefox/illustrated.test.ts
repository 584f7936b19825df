import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { BASE_URL } from './firefoxPath';
import { describeInFirefox, firefoxTest } from './suite';

const fixture = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../fixtures/connection/connection.json'), 'utf8'),
) as { datagrams: { hex?: string }[] };

describeInFirefox('the illustrated connection in Firefox', () => {
  firefoxTest(
    'lists every datagram, and the decrypt toggle shows the DCEP open with its label',
    async (page) => {
      await page.goto(`${BASE_URL}/illustrated/`);
      const counts = await page.evaluate(() => ({
        whole: document.querySelectorAll('[data-row="datagram"]').length,
        media: document.querySelectorAll('[data-row="media"]').length,
      }));
      const whole = fixture.datagrams.filter((d) => d.hex !== undefined).length;
      expect(counts).toEqual({ whole, media: fixture.datagrams.length - whole });
      const label = await page.evaluate(() => {
        const card = [...document.querySelectorAll('[data-row="datagram"]')].find((c) =>
          c.textContent?.includes('DATA_CHANNEL_OPEN'),
        )!;
        (card.querySelector('details[data-decrypted] > summary') as HTMLElement).click();
        const value = card.querySelector('[data-field="Label"] .value') as HTMLElement;
        return { text: value.textContent, visible: value.getBoundingClientRect().height > 0 };
      });
      expect(label).toEqual({ text: '"chat"', visible: true });
    },
  );
});
