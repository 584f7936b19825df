import { expect } from 'vitest';
import { act, field, openPeerConnections, runPreset, stateOf, text } from './labContract';
import { describeInFirefox, firefoxTest } from './suite';

const CHAPTER = '/chapters/security-and-transport/';
const ID = 'datachannel-modes';

describeInFirefox('datachannel-modes lab in Firefox', () => {
  firefoxTest(
    'moves the bytes, reads Firefox’s own limits and refusals, and reset closes both peers',
    async (page) => {
      expect(await runPreset(page, CHAPTER, ID, { size: '8' })).toBe('done');
      expect(await field(page, ID, 'progress')).toBe('100');
      expect(await field(page, ID, 'bytes-received')).toBe(String(8 * 1024 * 1024));
      expect(Number(await field(page, ID, 'throughput-mbps'))).toBeGreaterThan(1);
      expect(Number(await field(page, ID, 'latency-ms'))).toBeGreaterThan(0);
      const limit = await field(page, ID, 'max-message-size');
      expect(Number(limit)).toBeGreaterThan(65_536);
      const sctp = await page.evaluate(
        (s) => document.querySelector(s)?.getAttribute('data-sctp'),
        `[data-lab="${ID}"] [data-field="max-message-size"]`,
      );
      expect(sctp).toBe(limit);
      expect(await field(page, ID, 'id-rule')).toBe('odd');
      expect(await field(page, ID, 'dtls-role-a')).toBe('server');

      await act(page, ID, 'over-limit');
      expect(await field(page, ID, 'over-limit')).toBe('TypeError');
      expect(await text(page, ID, '[data-field="over-limit"]')).toContain('still open');

      await act(page, ID, 'overfill');
      const queue = await field(page, ID, 'queue-limit');
      // Firefox ESR keeps queueing where Chromium refuses at 16 MiB: the text says what this one did.
      expect(queue).toMatch(/^(accepted|OperationError)$/);
      expect(await text(page, ID, '[data-field="queue-limit"]')).toContain(
        queue === 'accepted' ? 'were accepted without a pause' : 'already queued',
      );

      expect(await openPeerConnections(page)).toBe(2);
      await act(page, ID, 'reset');
      expect(await stateOf(page, ID, '^idle$')).toBe('idle');
      expect(await openPeerConnections(page)).toBe(0);
    },
    { timeout: 90_000 },
  );
});
