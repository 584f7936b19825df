// One measured connection for the trickle comparison: from the start of the offer/answer to the
// data channel's open event, with or without trickle ICE. The pair records into no rendered
// timeline, so the page does no work of its own while the clock runs.
import { openLoopback, type PeerName } from '~/rtc/loopback';
import { channelOpen, withTimeout } from '~/rtc/wait';
import { roundMs, type SetupMeasurement } from './setupTimes';

const OPEN_TIMEOUT_MS = 60_000;
/** Without trickle, how long each peer waits for its gathering at most. */
const GATHERING_CAP_MS = 45_000;

/**
 * Opens a fresh pair, connects it with or without trickle, measures, and closes it. Aborting
 * the signal closes the pair at once (the lab's reset) and rejects with an AbortError.
 */
export async function measureSetup(
  config: RTCConfiguration,
  trickle: boolean,
  signal: AbortSignal,
): Promise<SetupMeasurement> {
  const loopback = openLoopback({ config, trickle, channel: 'ice-explorer' });
  const close = () => loopback.close();
  signal.addEventListener('abort', close, { once: true });
  const sld: Partial<Record<PeerName, number>> = {};
  const gatheringMs: Record<PeerName, number | undefined> = { A: undefined, B: undefined };
  for (const [pc, peer] of [
    [loopback.a, 'A'],
    [loopback.b, 'B'],
  ] as const) {
    const done = () => {
      const start = sld[peer];
      if (pc.iceGatheringState !== 'complete' || start === undefined) return;
      gatheringMs[peer] ??= roundMs(performance.now() - start);
    };
    pc.addEventListener('icegatheringstatechange', done);
    loopback.adopt(() => pc.removeEventListener('icegatheringstatechange', done));
  }
  try {
    const start = performance.now();
    await loopback.negotiate({
      signal,
      gatheringCapMs: GATHERING_CAP_MS,
      onStep: (peer, step, at) => {
        if (step === 'setLocalDescription') sld[peer] ??= at;
      },
    });
    await withTimeout(
      channelOpen(loopback.channel!, signal),
      OPEN_TIMEOUT_MS,
      'The data channel did not open within 60 s.',
    );
    return { trickle, openMs: roundMs(performance.now() - start), gatheringMs };
  } finally {
    signal.removeEventListener('abort', close);
    loopback.close();
  }
}
