import { LabStatus, describeError, withTimeout } from '../shared/labStatus.svelte';
import { openLoopback, type Loopback } from '~/rtc/loopback';
import { createTimeline, type TimelineEntry } from '~/rtc/timeline';

const OPEN_TIMEOUT_MS = 10_000;

/** The first connection: two peers in this page, a data channel, one message across. */
export class HelloLoopbackLab {
  readonly status = new LabStatus();
  text = $state('Hello from peer A');
  received: string | null = $state(null);
  openMs: number | null = $state(null);
  entries: TimelineEntry[] = $state([]);
  #loopback: Loopback | null = null;

  /** Opens the pair, sends the text from A once the channel is open, and waits for B to get it. */
  async run(): Promise<void> {
    this.#close();
    this.received = null;
    this.openMs = null;
    this.entries = [];
    this.status.start('Connecting two peers…');
    const timeline = createTimeline((e) => this.entries.push(e));
    const loopback = openLoopback(timeline);
    this.#loopback = loopback;
    try {
      const channel = loopback.a.createDataChannel('hello');
      const arrived = new Promise<string>((resolve) => {
        loopback.b.addEventListener('datachannel', (e) => {
          e.channel.addEventListener('message', (m) => resolve(String(m.data)));
        });
      });
      const opened = new Promise<void>((resolve) => {
        channel.addEventListener('open', () => resolve(), { once: true });
      });
      await loopback.negotiate();
      await withTimeout(opened, OPEN_TIMEOUT_MS, 'The data channel did not open within 10 s.');
      this.openMs = timeline.record('A', 'open', 'data channel "hello"').t;
      channel.send(this.text);
      timeline.record('A', 'send', this.text);
      const text = await withTimeout(arrived, OPEN_TIMEOUT_MS, 'B received nothing within 10 s.');
      timeline.record('B', 'message', text);
      this.received = text;
      this.status.finish(`Connected in ${this.openMs.toFixed(1)} ms; peer B received: ${text}`);
    } catch (error) {
      if (this.#loopback === loopback) this.status.fail(describeError(error));
    }
  }

  /** Closes both peers and clears the results. */
  reset(): void {
    this.#close();
    this.received = null;
    this.openMs = null;
    this.entries = [];
    this.status.reset('Lab reset: both peers closed.');
  }

  /** Applies a URL preset: `text=` sets the message. */
  preset(params: URLSearchParams): void {
    const text = params.get('text');
    if (text) this.text = text.slice(0, 1000);
  }

  #close(): void {
    this.#loopback?.close();
    this.#loopback = null;
  }

  /** Releases everything when the lab leaves the page. */
  dispose(): void {
    this.#close();
  }
}
