// The two refusals the lab provokes on purpose: one message over the size limit, and a queue
// filled past the browser's buffer without waiting.
import { browserError, type OverLimitOutcome, type QueueOutcome } from '~/lib/datachannel/refusals';
import { overLimitSize } from '~/lib/datachannel/maxMessageSize';

/** How much the queue probe tries to add: past Chromium's 16 MiB, without waiting. */
export const QUEUE_PROBE_BYTES = 24 * 1024 * 1024;

/** Sends one message of `maxMessageSize + 1` bytes on `channel` and reports what happened. */
export function sendOverLimit(channel: RTCDataChannel, maxMessageSize: number): OverLimitOutcome {
  const size = overLimitSize(maxMessageSize);
  if (size === null) return { kind: 'no-limit' };
  let message: Uint8Array<ArrayBuffer>;
  try {
    message = new Uint8Array(size);
  } catch (error) {
    return { kind: 'no-memory', size, error: browserError(error) };
  }
  try {
    channel.send(message);
  } catch (error) {
    return {
      kind: 'refused',
      error: browserError(error),
      size,
      limit: maxMessageSize,
      stateAfter: channel.readyState,
    };
  }
  return { kind: 'sent', size, limit: maxMessageSize };
}

/**
 * Queues 64 KiB messages on `channel` without waiting for bufferedAmount to fall, until send()
 * throws or `QUEUE_PROBE_BYTES` have been handed over, and reports what the browser did.
 */
export function overfillQueue(channel: RTCDataChannel): QueueOutcome {
  const chunk = new Uint8Array(64 * 1024);
  let accepted = 0;
  let error: QueueOutcome['error'] = null;
  let bufferedBytes = 0;
  while (accepted < QUEUE_PROBE_BYTES) {
    try {
      bufferedBytes = channel.bufferedAmount;
      channel.send(chunk);
      accepted += chunk.byteLength;
    } catch (thrown) {
      error = browserError(thrown);
      break;
    }
  }
  if (!error) bufferedBytes = channel.bufferedAmount;
  return {
    error,
    bufferedBytes,
    attemptedBytes: error ? accepted + chunk.byteLength : QUEUE_PROBE_BYTES,
    acceptedBytes: accepted,
    stateAfter: channel.readyState,
  };
}
