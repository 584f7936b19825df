// Round trips of small messages: A sends a short text, B sends it straight back.
import { abortError, withTimeout } from '~/rtc/wait';

/** How long one ping may wait for its echo before it counts as lost. */
const ECHO_TIMEOUT_MS = 2_000;

/** Makes `channel` (B's end) send every text message straight back; returns how to stop. */
export function echoTexts(channel: RTCDataChannel): () => void {
  const echo = (event: MessageEvent) => {
    if (typeof event.data === 'string' && channel.readyState === 'open') channel.send(event.data);
  };
  channel.addEventListener('message', echo);
  return () => channel.removeEventListener('message', echo);
}

/** Resolves when `channel` receives the text `text`. */
function echoOf(channel: RTCDataChannel, text: string): Promise<void> {
  return new Promise((resolve) => {
    const hear = (event: MessageEvent) => {
      if (event.data !== text) return;
      channel.removeEventListener('message', hear);
      resolve();
    };
    channel.addEventListener('message', hear);
  });
}

/**
 * Sends `count` pings one after the other on `channel` (A's end) and returns the round trip of
 * each answered one in milliseconds; a ping whose echo does not come back in 2 s is skipped
 * (an unreliable channel may give it up).
 */
export async function measureRoundTrips(
  channel: RTCDataChannel,
  count: number,
  signal: AbortSignal,
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) {
    if (signal.aborted) throw abortError();
    const text = `ping ${i}`;
    const back = echoOf(channel, text);
    const start = performance.now();
    channel.send(text);
    try {
      await withTimeout(back, ECHO_TIMEOUT_MS, 'lost');
      times.push(performance.now() - start);
    } catch {
      // Given up by a partially reliable channel: no round trip to count.
    }
  }
  return times;
}
