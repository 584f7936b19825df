import { closePeerConnection, createPeerConnection } from '~/rtc/registry';
import { abortError, withTimeout } from '~/rtc/wait';

const PROBE_TIMEOUT_MS = 5000;

/**
 * Gathers from a throwaway connection (no server involved) until its first host candidate, and
 * resolves with that candidate's address ('' when gathering ends without one). The connection is
 * closed whatever happens; `signal` stops the probe with an AbortError.
 */
export async function probeHostCandidate(signal?: AbortSignal): Promise<string> {
  signal?.throwIfAborted();
  const pc = createPeerConnection();
  const stop = new AbortController();
  try {
    pc.createDataChannel('probe');
    const found = new Promise<string>((resolve, reject) => {
      signal?.addEventListener('abort', () => reject(abortError()), { signal: stop.signal });
      pc.addEventListener(
        'icecandidate',
        (e) => {
          if (!e.candidate) resolve('');
          else if (e.candidate.type === 'host' && e.candidate.address) resolve(e.candidate.address);
        },
        { signal: stop.signal },
      );
    });
    await pc.setLocalDescription();
    return await withTimeout(
      found,
      PROBE_TIMEOUT_MS,
      'No host candidate was gathered within 5 seconds.',
    );
  } finally {
    stop.abort();
    closePeerConnection(pc);
  }
}
