// The largest data channel message a peer may send, as the other peer's SDP announces it.

/** RFC 8841 §6.1: without `a=max-message-size` a peer can be sent messages up to 64 KiB. */
export const DEFAULT_MAX_MESSAGE_SIZE = 65_536;

/** What a description says about the largest message its author can receive. */
export interface AnnouncedMaxMessageSize {
  /** Bytes; 0 means any size (RFC 8841 §6.1). */
  bytes: number;
  /** Whether the description carried the attribute (false: the 64 KiB default applies). */
  announced: boolean;
}

/**
 * Reads `a=max-message-size` from the data channel section of `sdp` (the first one found), or
 * the RFC 8841 default when the attribute is absent or unreadable.
 */
export function readMaxMessageSize(sdp: string): AnnouncedMaxMessageSize {
  const line = /^a=max-message-size:[ \t]*(\d+)[ \t]*$/m.exec(sdp.replace(/\r\n/g, '\n'));
  if (!line) return { bytes: DEFAULT_MAX_MESSAGE_SIZE, announced: false };
  return { bytes: Number(line[1]), announced: true };
}

/** The largest message one byte over the limit: the size of a send the browser must refuse. */
export function overLimitSize(maxMessageSize: number): number | null {
  return maxMessageSize > 0 && Number.isSafeInteger(maxMessageSize) ? maxMessageSize + 1 : null;
}
