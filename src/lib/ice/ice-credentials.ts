// The ICE credentials a session description carries: a=ice-ufrag and a=ice-pwd (RFC 8839 §5.4).
// An ICE restart replaces both (RFC 8445 §9, RFC 8839 §4.4.1.1.2). Read from the lines alone,
// without the SDP rule table, so that a page which only needs the credentials stays light.
import { splitSdpLines } from '../sdp/split-lines';

/** A username fragment and password as written in an SDP. */
export interface IceCredentials {
  ufrag: string;
  pwd: string;
}

/**
 * The first a=ice-ufrag and a=ice-pwd of an SDP (session level or the first media section; with
 * BUNDLE every section repeats the same pair). Undefined when either is missing; never throws.
 */
export function readIceCredentials(sdp: string): IceCredentials | undefined {
  if (typeof sdp !== 'string') return undefined;
  let ufrag: string | undefined;
  let pwd: string | undefined;
  for (const { raw } of splitSdpLines(sdp)) {
    const line = raw.trim();
    if (ufrag === undefined && line.startsWith('a=ice-ufrag:')) ufrag = line.slice(12).trim();
    if (pwd === undefined && line.startsWith('a=ice-pwd:')) pwd = line.slice(10).trim();
  }
  return ufrag && pwd ? { ufrag, pwd } : undefined;
}
