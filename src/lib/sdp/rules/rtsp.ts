// Attributes of RTSP session descriptions (RFC 7826, which obsoletes RTSP 1.0, RFC 2326): the
// answer a camera or media server gives to DESCRIBE.
import type { SdpRule } from '../rule-types';
import { BROWSERS_IGNORE } from './browser-handling';

/** a=control, a=range and a=etag. */
export const RTSP_RULES = [
  {
    kind: 'attribute',
    key: 'control',
    title: 'RTSP control URI',
    grammar: '<uri...>',
    scope: 'both',
    rfc: 'RFC 7826',
    fields: [
      {
        name: 'uri',
        meaning: (v: string) =>
          v === '*'
            ? '"*": the session is controlled through the URL the description came from (its Content-Base).'
            : /^[a-z]+:\/\//i.test(v)
              ? `${v}: the absolute URL the client sends SETUP (and PLAY) to for this part.`
              : `${v}: a URL relative to the session's control URL; the client sends SETUP to it for this track.`,
      },
    ],
    example: 'a=control:trackID=1',
    summary:
      'The RTSP URL that controls this session or this track (SETUP, PLAY, TEARDOWN go there).',
    explanation: `In a camera's answer to DESCRIBE, the session-level a=control names the aggregate URL (PLAY and TEARDOWN) and each media section's names the track to SETUP; relative values resolve against the session's. RTSP has no place in WebRTC: a gateway (a media server such as MediaMTX or Janus) plays the RTSP stream and offers it to the browser in a new description of its own. ${BROWSERS_IGNORE}`,
  },
  {
    kind: 'attribute',
    key: 'range',
    title: 'RTSP media range',
    grammar: '<range...>',
    scope: 'both',
    rfc: 'RFC 7826',
    fields: [
      {
        name: 'range',
        meaning: (v: string) =>
          v === 'npt=now-' || v === 'npt=0-'
            ? `${v}: a live stream, open-ended, from now on.`
            : `${v}: the time span a client may PLAY or seek in (npt: normal play time in seconds, clock: UTC, smpte: timecode).`,
      },
    ],
    example: 'a=range:npt=0-',
    summary: 'How long the presentation is, or that it is live: the range a client may play.',
    explanation: `A recorded file gives its duration ("npt=0-596.48"), so the player can draw a seek bar; a camera gives an open range. ${BROWSERS_IGNORE}`,
  },
  {
    kind: 'attribute',
    key: 'etag',
    title: 'RTSP entity tag',
    grammar: '<entity tag...>',
    scope: 'both',
    rfc: 'RFC 7826',
    fields: [
      { name: 'entity tag', meaning: 'An opaque version tag of the description, as in HTTP.' },
    ],
    example: 'a=etag:1234567890',
    summary:
      'A version tag of the description, so a client can check it still describes the same content.',
    explanation: `An RTSP client may send it back in a conditional SETUP (If-Match) to make sure the stream has not changed since DESCRIBE. ${BROWSERS_IGNORE}`,
  },
] as const satisfies readonly SdpRule[];
