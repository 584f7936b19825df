import { expect } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { PATIENT, act, field, openLab, runPreset, stateOf } from './labContract';
import { describeInFirefox, firefoxTest } from './suite';

const CHAPTER = '/chapters/two-peers-by-hand/';
const ID = 'two-windows';

/** One window of the lab: the document loaded in its iframe. */
function pane(page: Page, window: 'a' | 'b'): Frame {
  const frame = page.frames().find((f) => f.url().endsWith(`/labs/two-windows/${window}/`));
  if (!frame) throw new Error(`no frame for window ${window}`);
  return frame;
}

/** Presses a step's button in one window once its script is live. */
async function step(frame: Frame, id: string): Promise<void> {
  const selector = `[data-action="step-${id}"]:not([aria-disabled])`;
  await frame.waitForSelector(selector, { timeout: PATIENT });
  await frame.$eval(selector, (el) => (el as HTMLElement).click());
}

/** Waits until the lab's window `which` has loaded (its iframe loads as the lab nears the screen). */
async function loadedPane(page: Page, which: 'a' | 'b'): Promise<Frame> {
  await page.waitForFunction(
    (w) =>
      document.querySelector<HTMLIFrameElement>(`iframe[data-window="${w}"]`)?.contentDocument
        ?.readyState === 'complete',
    { timeout: PATIENT, polling: 100 },
    which,
  );
  return pane(page, which);
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

  firefoxTest(
    'createAnswer before the offer shows Firefox’s own error, explained',
    async (page) => {
      await openLab(page, CHAPTER, ID);
      const b = await loadedPane(page, 'b');
      await step(b, 'create-answerer');
      await step(b, 'make-answer');
      await b.waitForSelector('[role="alert"]:not([hidden])', { timeout: PATIENT });
      const alert = await b.$eval('[role="alert"]', (el) => el.textContent ?? '');
      expect(alert).toMatch(/^InvalidStateError: /);
      expect(alert).toContain('An answer is computed from an offer');
      expect(alert).toContain('it is in stable');
    },
  );
});
