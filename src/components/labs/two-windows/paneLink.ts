/**
 * The lab's side of one pane: requests posted to the pane's document (same origin only), its
 * replies, and its latest report. The lab asks a pane only what a learner could do in it.
 */
import { isPaneMessage, type PaneCommand, type PaneReport } from '~/lib/walkthrough/paneProtocol';
import { abortError, withTimeout } from '~/rtc/wait';

const REPLY_TIMEOUT_MS = 15_000;

/** One pane (an iframe) as the lab drives and reads it. */
export class PaneLink {
  readonly #frame: HTMLIFrameElement;
  readonly #onReport: (report: PaneReport) => void;
  readonly #pending = new Map<number, (error: string | null) => void>();
  readonly #watchers = new Set<() => void>();
  readonly #stop = new AbortController();
  #nextId = 1;
  #ready: Promise<void>;
  #markReady: () => void = () => {};
  /** The pane's latest report, null until its script has started. */
  report: PaneReport | null = null;

  constructor(frame: HTMLIFrameElement, onReport: (report: PaneReport) => void) {
    this.#frame = frame;
    this.#onReport = onReport;
    this.#ready = new Promise((resolve) => (this.#markReady = resolve));
    addEventListener('message', (event) => this.#receive(event), { signal: this.#stop.signal });
    // A pane that loaded before the lab hydrated has reported already: ask again.
    this.#post({ kind: 'report' }, 0);
  }

  /** Asks the pane to do `command`; resolves with the error it showed (null: it went through). */
  async request(command: PaneCommand): Promise<string | null> {
    await withTimeout(this.#ready, REPLY_TIMEOUT_MS, 'The window did not load.');
    const id = this.#nextId++;
    const reply = new Promise<string | null>((resolve) => this.#pending.set(id, resolve));
    this.#post(command, id);
    return withTimeout(reply, REPLY_TIMEOUT_MS, 'The window did not answer.');
  }

  /** Resolves when a report satisfies `done` (at once if the latest does); rejects on abort. */
  until(done: (report: PaneReport) => boolean, signal: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (signal.aborted) return settle(abortError());
        if (this.report && done(this.report)) settle();
      };
      const settle = (error?: unknown) => {
        this.#watchers.delete(check);
        signal.removeEventListener('abort', check);
        if (error) reject(error);
        else resolve();
      };
      this.#watchers.add(check);
      signal.addEventListener('abort', check);
      check();
    });
  }

  /** Stops listening; pending requests are left to their timeouts. */
  close(): void {
    this.#stop.abort();
    this.#watchers.clear();
  }

  #post(command: PaneCommand, id: number): void {
    this.#frame.contentWindow?.postMessage({ ...command, id, to: 'pane' }, location.origin);
  }

  #receive(event: MessageEvent): void {
    if (event.origin !== location.origin || event.source !== this.#frame.contentWindow) return;
    const message: unknown = event.data;
    if (!isPaneMessage(message)) return;
    if (message.kind === 'reply') {
      this.#pending.get(message.id)?.(message.error);
      this.#pending.delete(message.id);
      return;
    }
    const { kind: _kind, from: _from, ...report } = message;
    this.report = report;
    this.#markReady();
    this.#onReport(report);
    for (const check of [...this.#watchers]) check();
  }
}
