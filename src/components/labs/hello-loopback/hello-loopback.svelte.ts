import type { Lab } from '../shared/lab';
import { LabStatus, describeError } from '../shared/labStatus.svelte';
import { openLoopback, type Loopback } from '~/rtc/loopback';
import { createTimeline, type TimelineEntry } from '~/rtc/timeline';
import { untilPainted } from '../shared/untilPainted';
import { channelOpen, isAbort, nextMessage, withTimeout } from '~/rtc/wait';

const OPEN_TIMEOUT_MS = 10_000;

/** The first connection: two peers in this page, a data channel, one message across. */
export class HelloLoopbackLab implements Lab {
  readonly status = new LabStatus();
  text = $state('Hello from peer A');
  received: string | null = $state(null);
  openMs: number | null = $state(null);
  entries: TimelineEntry[] = $state([]);
  #loopback: Loopback | null = null;

  /** Opens the pair, sends the text from A once the channel is open, and waits for B to get it. */
  async run(): Promise<void> {
    this.#clear();
    const run = this.status.start('Connecting two peers…');
    await untilPainted();
    if (!run.current) return;
    // The timeline is shown once the channel is open: rendering each event during the handshake
    // would slow down the very connection whose time the lab reports.
    let live = false;
    const timeline = createTimeline((e) => {
      if (live) this.entries.push(e);
    });
    const showTimeline = () => {
      live = true;
      this.entries = [...timeline.entries];
    };
    const loopback = openLoopback({ timeline, channel: 'hello' });
    this.#loopback = loopback;
    try {
      const channel = loopback.channel!;
      const arrived = loopback.remoteChannel.then(nextMessage);
      const opened = withTimeout(
        channelOpen(channel, run.signal),
        OPEN_TIMEOUT_MS,
        'The data channel did not open within 10 s.',
      );
      // Awaited together: a reset rejects both, and neither rejection may go unhandled.
      await Promise.all([loopback.negotiate({ signal: run.signal }), opened]);
      this.openMs = timeline.record('A', 'open', 'data channel "hello"').t;
      showTimeline();
      channel.send(this.text);
      timeline.record('A', 'send', this.text);
      const text = String(
        await withTimeout(arrived, OPEN_TIMEOUT_MS, 'B received nothing within 10 s.'),
      );
      if (!run.current) return;
      timeline.record('B', 'message', text);
      this.received = text;
      this.status.finish(`Connected in ${this.openMs.toFixed(1)} ms; peer B received: ${text}`);
    } catch (error) {
      if (run.current) showTimeline();
      if (run.current && !isAbort(error)) this.status.fail(describeError(error));
    }
  }

  /** Closes both peers and clears the results. */
  reset(): void {
    this.#clear();
    this.status.reset('Lab reset: both peers closed.');
  }

  /** Applies a URL preset: `text=` sets the message. */
  preset(params: URLSearchParams): void {
    const text = params.get('text');
    if (text) this.text = text.slice(0, 1000);
  }

  /** Releases everything when the lab leaves the page. */
  dispose(): void {
    this.status.stop();
    this.#close();
  }

  #clear(): void {
    this.#close();
    this.received = null;
    this.openMs = null;
    this.entries = [];
  }

  #close(): void {
    this.#loopback?.close();
    this.#loopback = null;
  }
}
