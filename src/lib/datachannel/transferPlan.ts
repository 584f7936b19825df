// How a transfer cuts its bytes into messages and paces them on bufferedAmount.

/** The message size a transfer prefers: large enough to keep SCTP busy, well under every limit. */
export const PREFERRED_CHUNK_BYTES = 64 * 1024;

/** Stop sending once this much is queued; resume on `bufferedamountlow`. */
export const HIGH_WATER_BYTES = 8 * 1024 * 1024;

/** The `bufferedAmountLowThreshold` the sender sets: the event fires when the queue drains below. */
export const LOW_WATER_BYTES = 2 * 1024 * 1024;

/** The messages a transfer sends. */
export interface TransferPlan {
  totalBytes: number;
  chunkBytes: number;
  /** Number of messages, the last one possibly shorter. */
  chunks: number;
  lastChunkBytes: number;
  highWaterBytes: number;
  lowWaterBytes: number;
}

/**
 * Plans a transfer of `totalBytes` under the peer's `maxMessageSize` (0: any size): messages of
 * `preferred` bytes, or the limit when it is smaller.
 */
export function planTransfer(
  totalBytes: number,
  maxMessageSize: number,
  preferred = PREFERRED_CHUNK_BYTES,
): TransferPlan {
  const limit = maxMessageSize > 0 ? maxMessageSize : Number.POSITIVE_INFINITY;
  const chunkBytes = Math.max(1, Math.min(preferred, limit, Math.max(totalBytes, 1)));
  const chunks = Math.ceil(totalBytes / chunkBytes);
  const lastChunkBytes = chunks === 0 ? 0 : totalBytes - (chunks - 1) * chunkBytes;
  return {
    totalBytes,
    chunkBytes,
    chunks,
    lastChunkBytes,
    highWaterBytes: HIGH_WATER_BYTES,
    lowWaterBytes: LOW_WATER_BYTES,
  };
}
