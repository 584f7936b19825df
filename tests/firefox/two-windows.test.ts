import { expect } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { PATIENT, act, field, runPreset, stateOf } from './labContract';
import { describeInFirefox, firefoxTest } from './suite';

const CHAPTER = '/chapters/two-peers-by-hand/';
const ID = 'two-windows';

/** One window of the lab: the document loaded in its iframe. */
function pane(page: Page, window: 'a' | 'b'): Frame {
  const frame = page.frames().find((f) => f.url().endsWith(`/labs/two-windows/${window}/`));
  if (!frame) throw new Error(`no frame for window ${window}`);
  return frame;
}

/** A field of one window, read in its own document. */
function paneField(frame: Frame, name: string): Promise<string | null> {
  return frame.$eval(`[data-field="${name}"]`, (el) => el.getAttribute('data-value'));
}

describeInFirefox('two-windows lab in Firefox', () => {
  firefoxTest(
    'run connects the two windows through their boxes and each receives a message',
    async (page) => {
      expect(await runPreset(page, CHAPTER, ID)).toBe('done');
      expect(await field(page, ID, 'left-state')).toBe('connected');
      expect(await field(page, ID, 'right-state')).toBe('connected');
      expect(await field(page, ID, 'messages-received')).toBe('2');
      const [a, b] = [pane(page, 'a'), pane(page, 'b')];
      expect(await paneField(a, 'messages-received')).toBe('1');
      expect(await paneField(b, 'messages-received')).toBe('1');
      const log = await a.$eval('[role="log"]', (el) => el.textContent ?? '');
      expect(log).toContain('B says: Hello from the right window');
      const pasted = await b.$eval(
        '[data-input="paste"]',
        (el) => (el as HTMLTextAreaElement).value,
      );
      expect(JSON.parse(pasted).type).toBe('offer');
      await act(page, ID, 'reset');
      expect(await stateOf(page, ID, '^idle$')).toBe('idle');
      await a.waitForFunction(
        () =>
          (
            window as { webrtcCourse?: { openPeerConnections(): number } }
          ).webrtcCourse?.openPeerConnections() === 0,
        { timeout: PATIENT, polling: 100 },
      );
    },
  );
});
