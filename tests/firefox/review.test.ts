import { expect } from 'vitest';
import { BASE_URL } from './firefoxPath';
import { describeInFirefox, firefoxTest } from './suite';

const KEY = 'webrtc-course-progress';
const QUESTION = 'what-is-webrtc-quiz/q1';

describeInFirefox('review in Firefox', () => {
  firefoxTest(
    'a quiz question missed yesterday is asked again on /review/ and a right answer schedules it three days on',
    async (page) => {
      await page.goto(`${BASE_URL}/review/`, { waitUntil: 'load' });
      const yesterday = new Date(Date.now() - 86_400_000).toISOString();
      const record = {
        format: KEY,
        version: 2,
        chapters: {},
        attempts: {
          [QUESTION]: [
            {
              kind: 'quiz',
              id: QUESTION,
              chapter: 'what-is-webrtc',
              ok: false,
              answer: '0',
              at: yesterday,
            },
          ],
        },
      };
      await page.evaluate((k, v) => localStorage.setItem(k, v), KEY, JSON.stringify(record));
      await page.reload({ waitUntil: 'load' });
      const card = `[data-review-item="${QUESTION}"]`;
      await page.waitForSelector(`${card}[data-state="due"]`, { timeout: 30_000 });
      await page.click(`${card} input[value="1"]`);
      await page.click(`${card} [data-action="check"]`);
      await page.waitForSelector(`${card}[data-state="right"]`, { timeout: 10_000 });
      const verdict = await page.$eval(`${card} .feedback p`, (p) => p.textContent ?? '');
      expect(verdict).toMatch(/^Correct\. RTCPeerConnection owns .* Next review in 3 days, /);
      await page.evaluate((k) => localStorage.removeItem(k), KEY);
    },
  );
});
