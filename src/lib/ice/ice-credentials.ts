// The ICE credentials a session description carries: a=ice-ufrag and a=ice-pwd (RFC 8839 §5.4).
// An ICE restart replaces both (RFC 8445 §9, RFC 8839 §4.4.1.1.2).
import { annotateSdp, attributeValue } from '../sdp/index';

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
  const annotation = annotateSdp(sdp);
  const ufrag = attributeValue(annotation, 'ice-ufrag');
  const pwd = attributeValue(annotation, 'ice-pwd');
  return ufrag && pwd ? { ufrag, pwd } : undefined;
}
