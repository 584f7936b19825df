/**
 * Waits for a relay-only loopback pair to either open its data channel or fail, and says how it
 * failed, long before the browser's own timers would: Chromium retries a TURN Allocate over UDP for
 * about 40 s before it reports icecandidateerror 701.
 */
import { abortError } from '~/rtc/wait';

/** How a relay-only run ended. */
export type RelayOutcome = 'open' | 'no-relay' | 'timeout' | 'checks-failed';

/** How long the lab waits for each step; both well inside the 10 s the course promises. */
export const RELAY_DEADLINES = {
  /** Both peers must have a relay candidate by then. */
  candidateMs: 6_000,
  /** The data channel must be open by then. */
  openMs: 9_000,
} as const;

/**
 * Resolves with the first of: the channel opened; a peer finished gathering without a relay
 * candidate (`no-relay`, e.g. a 401); no relay candidate in time (`timeout`); relay candidates on
 * both sides but no working pair (`checks-failed`, also when a connection reports `failed`).
 * Rejects with an AbortError when `signal` aborts (a reset or a newer run); stops listening either way.
 */
export function waitForRelayOutcome(
  peers: readonly RTCPeerConnection[],
  channel: RTCDataChannel,
  relayCount: (pc: RTCPeerConnection) => number,
  signal: AbortSignal,
  deadlines: { candidateMs: number; openMs: number } = RELAY_DEADLINES,
): Promise<RelayOutcome> {
  return new Promise<RelayOutcome>((resolve, reject) => {
    const listening = new AbortController();
    const timers: ReturnType<typeof setTimeout>[] = [];
    const stop = () => {
      listening.abort();
      for (const timer of timers) clearTimeout(timer);
    };
    const settle = (outcome: RelayOutcome) => {
      stop();
      resolve(outcome);
    };
    const missingRelay = () => peers.some((pc) => relayCount(pc) === 0);
    if (signal.aborted) return reject(abortError());
    const options = { signal: listening.signal };
    signal.addEventListener(
      'abort',
      () => {
        stop();
        reject(abortError());
      },
      options,
    );
    if (channel.readyState === 'open') return settle('open');
    channel.addEventListener('open', () => settle('open'), options);
    for (const pc of peers) {
      const check = () => {
        if (pc.iceGatheringState === 'complete' && relayCount(pc) === 0) settle('no-relay');
        if (pc.connectionState === 'failed') settle('checks-failed');
      };
      pc.addEventListener('icegatheringstatechange', check, options);
      pc.addEventListener('connectionstatechange', check, options);
      check();
    }
    timers.push(
      setTimeout(() => {
        if (missingRelay()) settle('timeout');
      }, deadlines.candidateMs),
      setTimeout(() => settle(missingRelay() ? 'timeout' : 'checks-failed'), deadlines.openMs),
    );
  });
}

/**
 * Failure codes (from `explainTurnFailure`) that mean no TURN server answered at all: nothing
 * replied in time, the browser could not reach it (701), or it refused a loopback server.
 */
const NO_SERVER_CODES = new Set(['timeout', '701', 'loopback-refused']);

/** Whether a run that ended with `errorCode` found no TURN server to talk to. */
export function noServerAnswered(errorCode: string): boolean {
  return NO_SERVER_CODES.has(errorCode);
}
