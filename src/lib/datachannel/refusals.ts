// What the lab says when the browser refuses something, written from what the browser did.

/** An error as the browser threw it. */
export interface BrowserError {
  name: string;
  message: string;
}

/** Explains the refusal of a channel given both maxRetransmits and maxPacketLifeTime. */
export function explainBothLimits(error: BrowserError | null): string {
  const rule =
    'A channel gives up on a message either after a number of retransmissions or after a time, never both: DCEP’s OPEN message has one reliability parameter, and its channel type says which of the two it is (RFC 8832 §5.1). The W3C API checks this in createDataChannel() itself.';
  if (error === null) {
    return `Your browser accepted both limits without complaint, although the specification says it must throw a TypeError. ${rule}`;
  }
  return `Your browser refused to create the channel: ${error.name}: ${error.message}. ${rule} Pick one of the two to run the transfer.`;
}

/** What happened when the lab sent one message one byte over the limit. */
export type OverLimitOutcome =
  | { kind: 'refused'; error: BrowserError; size: number; limit: number; stateAfter: string }
  | { kind: 'sent'; size: number; limit: number }
  | { kind: 'no-limit' }
  | { kind: 'no-memory'; size: number; error: BrowserError };

/** Explains the outcome of sending `limit + 1` bytes. */
export function explainOverLimit(outcome: OverLimitOutcome): string {
  const sizes = (size: number, limit: number) =>
    `${size.toLocaleString('en')} bytes, one more than pc.sctp.maxMessageSize (${limit.toLocaleString('en')})`;
  switch (outcome.kind) {
    case 'refused':
      return `send() of ${sizes(outcome.size, outcome.limit)}, threw at once: ${outcome.error.name}: ${outcome.error.message}. Nothing was queued and the channel is still ${outcome.stateAfter}: the check is part of send() itself, before any byte leaves. The limit is what the other peer announced in its a=max-message-size (RFC 8841 §6.1); bigger data has to be cut into messages.`;
    case 'sent':
      return `send() of ${sizes(outcome.size, outcome.limit)}, was accepted. The W3C specification says it must throw a TypeError; this browser did not check.`;
    case 'no-limit':
      return 'pc.sctp.maxMessageSize is 0 or unknown: the other peer accepts messages of any size, so there is no limit to go over.';
    case 'no-memory':
      return `The page could not allocate ${outcome.size.toLocaleString('en')} bytes to try (${outcome.error.name}: ${outcome.error.message}); the browser’s limit is so large that memory runs out first.`;
  }
}

/** What happened when the lab queued messages without waiting for the queue to drain. */
export interface QueueOutcome {
  /** The error send() threw, or null if every message was accepted. */
  error: BrowserError | null;
  /** bufferedAmount when send() threw, or after the last accepted message. */
  bufferedBytes: number;
  /** Bytes the lab tried to queue in all. */
  attemptedBytes: number;
  /** Bytes send() accepted. */
  acceptedBytes: number;
  /** The channel's readyState right after. */
  stateAfter: string;
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** Explains what the browser did when its send queue was filled past 16 MiB. */
export function explainQueue(outcome: QueueOutcome): string {
  const channel =
    outcome.stateAfter === 'open'
      ? 'The channel stayed open: the refused message was simply not queued, and the queued ones still drain.'
      : `The channel is now ${outcome.stateAfter}: this browser closes the channel when its queue overflows.`;
  if (outcome.error) {
    return `send() threw ${outcome.error.name}: ${outcome.error.message}, with ${mib(outcome.bufferedBytes)} already queued (bufferedAmount) after ${mib(outcome.acceptedBytes)} accepted. ${channel} The W3C specification lets send() throw OperationError when the queue is full; a sender that waits for bufferedamountlow never meets this.`;
  }
  return `All ${mib(outcome.attemptedBytes)} were accepted without a pause; bufferedAmount read ${mib(outcome.bufferedBytes)} after the last one. This browser keeps queueing in memory instead of refusing at 16 MiB, so nothing stops a careless sender from piling up memory: back-pressure through bufferedAmount is the only brake.`;
}

/** Reads a thrown value into a BrowserError. */
export function browserError(error: unknown): BrowserError {
  if (error instanceof Error) return { name: error.name, message: error.message };
  if (typeof error === 'object' && error !== null && 'name' in error && 'message' in error) {
    return { name: String(error.name), message: String(error.message) };
  }
  return { name: 'Error', message: String(error) };
}
