import { expect } from 'vitest';
import { BASE_URL } from './firefoxPath';
import { describeInFirefox, firefoxTest } from './suite';

const CHAPTER = `${BASE_URL}/chapters/what-is-webrtc/`;

describeInFirefox('progress in Firefox', () => {
  firefoxTest(
    'a chapter marked done is still marked after a reload, on the button and the course map',
    async (page) => {
      await page.goto(CHAPTER, { waitUntil: 'load' });
      await page.evaluate(() => localStorage.removeItem('webrtc-course-progress'));
      await page.reload({ waitUntil: 'load' });
      await page.waitForSelector('[data-mark-done][data-ready="true"]', { timeout: 30_000 });
      const pressed = () =>
        page.$eval('[data-action="mark-done"]', (b) => b.getAttribute('aria-pressed'));
      expect(await pressed()).toBe('false');
      await page.click('[data-action="mark-done"]');
      expect(await pressed()).toBe('true');
      await page.reload({ waitUntil: 'load' });
      await page.waitForSelector('[data-mark-done][data-ready="true"]', { timeout: 30_000 });
      expect(await pressed()).toBe('true');
      await page.waitForSelector('[data-progress-chapter="what-is-webrtc"][data-progress="done"]', {
        timeout: 30_000,
      });
      await page.evaluate(() => localStorage.removeItem('webrtc-course-progress'));
    },
  );
});
