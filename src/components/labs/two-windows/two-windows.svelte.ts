import type { Lab } from '../shared/lab';
import { LabStatus, describeError } from '../shared/labStatus.svelte';
import { isAbort, withTimeout } from '~/rtc/wait';
import type { PaneCommand, PaneReport } from '~/lib/walkthrough/paneProtocol';
import {
  WINDOW_NAMES,
  WINDOW_STEPS,
  type StepId,
  type WindowId,
} from '~/lib/walkthrough/walkthroughSteps';
import { PaneLink } from './paneLink';

const OPEN_TIMEOUT_MS = 10_000;
const GREETINGS: Record<WindowId, string> = {
  a: 'Hello from the left window',
  b: 'Hello from the right window',
};

/**
 * The two-windows lab: two panes, each its own document with its own connection. The learner
 * runs the steps in each pane and carries the descriptions across; `run` does the same through
 * the panes' own buttons and boxes: each description leaves one pane by its output box and
 * enters the other by its paste box, as text.
 */
export class TwoWindowsLab implements Lab {
  readonly status = new LabStatus();
  reports: Record<WindowId, PaneReport | null> = $state({ a: null, b: null });
  #links: Partial<Record<WindowId, PaneLink>> = {};
  /** Requests made before the view attached the panes (a `run=1` preset) wait for them. */
  #markAttached: () => void = () => {};
  #attached = new Promise<void>((resolve) => (this.#markAttached = resolve));

  /** Connects the lab to a pane's iframe; returns the function that lets it go. */
  attach(window: WindowId, frame: HTMLIFrameElement): () => void {
    const link = new PaneLink(frame, (report) => (this.reports[window] = report));
    this.#links[window] = link;
    if (this.#links.a && this.#links.b) this.#markAttached();
    return () => {
      link.close();
      if (this.#links[window] === link) delete this.#links[window];
    };
  }

  /** Messages received by both windows together. */
  get messagesReceived(): number {
    return (this.reports.a?.messagesReceived ?? 0) + (this.reports.b?.messagesReceived ?? 0);
  }

  /** Runs the whole walkthrough in both panes, then a message each way. */
  async run(): Promise<void> {
    const run = this.status.start('Running every step in both windows…');
    try {
      await Promise.all([this.#ask('a', { kind: 'reset' }), this.#ask('b', { kind: 'reset' })]);
      await this.#steps('a', [
        'create-offerer',
        'make-offer',
        'wait-for-gathering',
        'copy-description',
      ]);
      await this.#carry('a', 'b');
      const answerer = WINDOW_STEPS.b.map((s) => s.id).filter((id) => id !== 'send');
      await this.#steps('b', answerer);
      await this.#carry('b', 'a');
      await this.#steps('a', ['apply-answer']);
      await withTimeout(
        Promise.all([this.#until('a', isOpen, run.signal), this.#until('b', isOpen, run.signal)]),
        OPEN_TIMEOUT_MS,
        'The channel did not open in both windows within 10 s.',
      );
      for (const window of ['a', 'b'] as const) {
        await this.#ask(window, { kind: 'message', text: GREETINGS[window] });
        await this.#steps(window, ['send']);
      }
      await withTimeout(
        Promise.all([
          this.#until('a', hasMessage, run.signal),
          this.#until('b', hasMessage, run.signal),
        ]),
        OPEN_TIMEOUT_MS,
        'A message did not arrive within 10 s.',
      );
      if (run.current)
        this.status.finish('Both windows are connected and each received a message.');
    } catch (error) {
      if (run.current && !isAbort(error)) this.status.fail(describeError(error));
    }
  }

  /** Closes both windows' connections and clears their consoles and boxes. */
  reset(): void {
    this.status.reset('Both windows reset: their connections are closed.');
    for (const window of ['a', 'b'] as const)
      void this.#ask(window, { kind: 'reset' }).catch(() => {});
  }

  /** Tells both panes which theme the page shows (null: the system's). */
  setTheme(theme: 'light' | 'dark' | null): void {
    for (const link of Object.values(this.#links))
      void link.request({ kind: 'theme', theme }).catch(() => {});
  }

  /** Closes both windows' connections when the lab leaves the page. */
  dispose(): void {
    this.status.stop();
    for (const link of Object.values(this.#links)) {
      void link.request({ kind: 'reset' }).catch(() => {});
      link.close();
    }
  }

  async #steps(window: WindowId, ids: readonly StepId[]): Promise<void> {
    for (const step of ids) {
      const error = await this.#ask(window, { kind: 'step', step });
      if (error) throw new Error(`${WINDOW_NAMES[window]}, ${step}: ${error}`);
    }
  }

  /** Carries the text of one pane's output box into the other's paste box. */
  async #carry(from: WindowId, to: WindowId): Promise<void> {
    const text = this.#links[from]?.report?.output ?? '';
    if (!text) throw new Error(`${WINDOW_NAMES[from]} has nothing in its output box.`);
    await this.#ask(to, { kind: 'paste', text });
  }

  async #ask(window: WindowId, command: PaneCommand): Promise<string | null> {
    await withTimeout(this.#attached, OPEN_TIMEOUT_MS, 'The two windows did not load.');
    const link = this.#links[window];
    if (!link) throw new Error(`${WINDOW_NAMES[window]} is not on the page.`);
    return link.request(command);
  }

  #until(window: WindowId, done: (r: PaneReport) => boolean, signal: AbortSignal): Promise<void> {
    const link = this.#links[window];
    if (!link) return Promise.reject(new Error(`${WINDOW_NAMES[window]} is not on the page.`));
    return link.until(done, signal);
  }
}

const isOpen = (r: PaneReport) => r.channelState === 'open';
const hasMessage = (r: PaneReport) => r.messagesReceived > 0;
