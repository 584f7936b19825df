// Every wait a lab needs on a connection, in one place: each resolves on the event the browser
// fires (or at once when the state is already reached) and stops listening when it settles.

/** Rejects with `message` if `promise` has not settled within `ms` milliseconds. */
export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The error an aborted wait rejects with (the lab's reset, or a newer run). */
export function abortError(what = 'The run was stopped.'): DOMException {
  return new DOMException(what, 'AbortError');
}

/** Whether `error` is an abort: a reset or a newer run, not a failure to show. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * Resolves when `done()` first returns true, checked now and on each `event` of `target`;
 * rejects when `failed()` returns a message, or with an AbortError when `signal` aborts.
 */
function waitFor(
  target: EventTarget,
  event: string,
  done: () => boolean,
  failed: () => string | null = () => null,
  signal?: AbortSignal,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const controller = new AbortController();
    const settle = (error?: unknown) => {
      controller.abort();
      if (error === undefined) resolve();
      else reject(error);
    };
    const check = () => {
      if (done()) return settle();
      const message = failed();
      if (message !== null) settle(new Error(message));
    };
    if (signal?.aborted) return settle(abortError());
    signal?.addEventListener('abort', () => settle(abortError()), { signal: controller.signal });
    target.addEventListener(event, check, { signal: controller.signal });
    check();
  });
}

/** Resolves once `pc` is connected; rejects when it fails or closes first. */
export function connected(pc: RTCPeerConnection, signal?: AbortSignal): Promise<void> {
  return waitFor(
    pc,
    'connectionstatechange',
    () => pc.connectionState === 'connected',
    () =>
      pc.connectionState === 'failed' || pc.connectionState === 'closed'
        ? `The connection ended in state "${pc.connectionState}".`
        : null,
    signal,
  );
}

/** Waits until both peers are connected, at most `ms` milliseconds (10 s by default). */
export async function bothConnected(
  a: RTCPeerConnection,
  b: RTCPeerConnection,
  ms = 10_000,
  signal?: AbortSignal,
): Promise<void> {
  const both = Promise.all([connected(a, signal), connected(b, signal)]);
  await withTimeout(both, ms, `The two peers did not connect within ${ms / 1000} s.`);
}

/** Resolves when the channel is open (at once if it already is); rejects if it closes first. */
export function channelOpen(channel: RTCDataChannel, signal?: AbortSignal): Promise<void> {
  return waitFor(
    channel,
    'open',
    () => channel.readyState === 'open',
    () => (channel.readyState === 'closed' ? `Data channel "${channel.label}" closed.` : null),
    signal,
  );
}

/**
 * Resolves when the peer's gathering is complete, or after `capMs` (a server that never answers
 * can hold gathering open for a long time; the description then goes with what was found).
 * An abort resolves it too: the caller checks its own signal.
 */
export function gatheringComplete(
  pc: RTCPeerConnection,
  capMs: number,
  signal?: AbortSignal,
): Promise<void> {
  const complete = waitFor(
    pc,
    'icegatheringstatechange',
    () => pc.iceGatheringState === 'complete',
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cap = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, capMs);
    signal?.addEventListener('abort', () => resolve(), { once: true });
  });
  return Promise.race([complete, cap]).finally(() => clearTimeout(timer));
}

/** Resolves with `pc`'s first incoming data channel (the `datachannel` event). */
export function remoteChannel(pc: RTCPeerConnection): Promise<RTCDataChannel> {
  return new Promise((resolve) =>
    pc.addEventListener('datachannel', (e) => resolve(e.channel), { once: true }),
  );
}

/** Resolves with the first message's data on `channel`. */
export function nextMessage(channel: RTCDataChannel): Promise<unknown> {
  return new Promise((resolve) =>
    channel.addEventListener('message', (e) => resolve(e.data), { once: true }),
  );
}

/**
 * Resolves with the byte count once the first incoming data channel of `pc` has delivered at
 * least `total` bytes (strings counted in UTF-16 code units, binary in bytes).
 */
export async function bytesReceived(pc: RTCPeerConnection, total: number): Promise<number> {
  const channel = await remoteChannel(pc);
  return new Promise((resolve) => {
    let bytes = 0;
    const count = (m: MessageEvent) => {
      bytes += typeof m.data === 'string' ? m.data.length : (m.data as ArrayBuffer).byteLength;
      if (bytes < total) return;
      channel.removeEventListener('message', count);
      resolve(bytes);
    };
    channel.addEventListener('message', count);
  });
}

/** Resolves after `ms` milliseconds (a measurement window); rejects with an AbortError on abort. */
export function elapsed(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve();
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    signal?.addEventListener('abort', stop, { once: true });
  });
}
