// The ICE credentials a session description carries: a=ice-ufrag and a=ice-pwd (RFC 8839 §5.4).
// An ICE restart replaces both (RFC 8445 §9, RFC 8839 §4.4.1.1.2).

/** A username fragment and password as written in an SDP. */
export interface IceCredentials {
  ufrag: string;
  pwd: string;
}

const UFRAG = /^a=ice-ufrag:(\S+)\s*$/m;
const PWD = /^a=ice-pwd:(\S+)\s*$/m;

/**
 * The first a=ice-ufrag and a=ice-pwd of an SDP (session level or the first media section; with
 * BUNDLE every section repeats the same pair). Undefined when either is missing; never throws.
 */
export function readIceCredentials(sdp: string): IceCredentials | undefined {
  if (typeof sdp !== 'string') return undefined;
  const ufrag = UFRAG.exec(sdp)?.[1];
  const pwd = PWD.exec(sdp)?.[1];
  return ufrag && pwd ? { ufrag, pwd } : undefined;
}
