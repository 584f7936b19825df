// The RFC 8866 §6 attributes that describe a session or a medium for people and for old
// conferencing tools: cat, keywds, tool, type, charset, sdplang, lang, orient, framerate, quality.
import type { SdpRule } from '../rule-types';
import { BROWSERS_IGNORE } from './browser-handling';

const CONFERENCE_TYPES: Readonly<Record<string, string>> = {
  broadcast: 'broadcast: one sender, many receivers (what RTSP servers and cameras write).',
  meeting: 'meeting: everyone may send.',
  moderated: 'moderated: a moderator decides who sends.',
  test: 'test: the session is a test and should not be shown to users.',
  H332: 'H332: a loosely coupled H.332 conference.',
};

/** The §6 attributes, in RFC order. */
export const SESSION_ATTRIBUTE_RULES = [
  {
    kind: 'attribute',
    key: 'cat',
    title: 'Category',
    grammar: '<category...>',
    scope: 'session',
    rfc: 'RFC 8866 §6.1',
    fields: [
      { name: 'category', meaning: 'A dot-separated category, for filtering announced sessions.' },
    ],
    example: 'a=cat:Action',
    summary:
      'The category of the session, for directories of announced sessions; obsolete since RFC 8866.',
    explanation: `Meant for session directories that filtered multicast announcements by topic; RFC 8866 marks it obsolete and nothing in a call uses it. ${BROWSERS_IGNORE}`,
  },
  {
    kind: 'attribute',
    key: 'keywds',
    title: 'Keywords',
    grammar: '<keywords...>',
    scope: 'session',
    rfc: 'RFC 8866 §6.2',
    fields: [
      {
        name: 'keywords',
        meaning: 'Keywords describing the session, in the charset of a=charset.',
      },
    ],
    example: 'a=keywds:Dante',
    summary:
      'Keywords that describe the session, for finding it in a directory; obsolete since RFC 8866.',
    explanation: `Like a=cat, a leftover of announced multicast sessions that RFC 8866 marks obsolete; Dante audio devices still write a=keywds:Dante in their AES67 streams. ${BROWSERS_IGNORE}`,
  },
  {
    kind: 'attribute',
    key: 'tool',
    title: 'Tool',
    grammar: '<tool...>',
    scope: 'session',
    rfc: 'RFC 8866 §6.3',
    fields: [
      { name: 'tool', meaning: (v: string) => `"${v}": the program that wrote this description.` },
    ],
    example: 'a=tool:GStreamer',
    summary: 'The name and version of the program that created the description.',
    explanation: `RTSP servers write it (LIVE555, GStreamer), which tells you at once what kind of endpoint you are looking at. Browsers never write it. ${BROWSERS_IGNORE}`,
  },
  {
    kind: 'attribute',
    key: 'type',
    title: 'Conference type',
    grammar: '<conference type>',
    scope: 'session',
    rfc: 'RFC 8866 §6.9',
    fields: [
      {
        name: 'conference type',
        meaning: (v: string) => CONFERENCE_TYPES[v] ?? `Conference type "${v}".`,
      },
    ],
    example: 'a=type:broadcast',
    summary: 'What kind of conference this is: broadcast, meeting, moderated, test or H332.',
    explanation: `RTSP servers and cameras write a=type:broadcast: the stream goes one way, from the camera to whoever plays it. ${BROWSERS_IGNORE}`,
  },
  {
    kind: 'attribute',
    key: 'charset',
    title: 'Character set',
    grammar: '<character set>',
    scope: 'session',
    rfc: 'RFC 8866 §6.10',
    fields: [
      {
        name: 'character set',
        meaning: (v: string) =>
          `${v}: the character set of the s=, i= and a=keywds text (UTF-8 when this line is absent).`,
      },
    ],
    example: 'a=charset:Shift_JIS',
    summary: 'The character set of the session name and information lines.',
    explanation: `SDP text is UTF-8 unless this attribute names another IANA character set; some cameras still announce Shift_JIS or ISO-8859-1. ${BROWSERS_IGNORE}`,
  },
  {
    kind: 'attribute',
    key: 'sdplang',
    title: 'Description language',
    grammar: '<language tag>',
    scope: 'both',
    rfc: 'RFC 8866 §6.11',
    fields: [
      {
        name: 'language tag',
        meaning: 'The language of the description text (a BCP 47 tag such as "fr").',
      },
    ],
    example: 'a=sdplang:fr',
    summary: 'The language the description itself is written in.',
    explanation: `About the text of s= and i=, not the media (that is a=lang). ${BROWSERS_IGNORE}`,
  },
  {
    kind: 'attribute',
    key: 'lang',
    title: 'Media language',
    grammar: '<language tag>',
    scope: 'both',
    rfc: 'RFC 8866 §6.12',
    fields: [
      {
        name: 'language tag',
        meaning:
          'The language spoken or written in the media (a BCP 47 tag such as "de"); some cameras put a track name here instead.',
      },
    ],
    example: 'a=lang:de',
    summary:
      'The language of the media: the speech of an audio stream, the text of a subtitle track.',
    explanation: `Useful for picking one of several audio or text tracks in a broadcast. ${BROWSERS_IGNORE}`,
  },
  {
    kind: 'attribute',
    key: 'orient',
    title: 'Orientation',
    grammar: '<orientation>',
    scope: 'media',
    rfc: 'RFC 8866 §6.8',
    fields: [
      {
        name: 'orientation',
        meaning:
          'portrait, landscape or seascape (upside-down landscape), for a whiteboard or slides.',
      },
    ],
    example: 'a=orient:portrait',
    summary: 'How a whiteboard or presentation should be shown on screen.',
    explanation: `Defined for shared whiteboards in the multicast tools of the 1990s. Video rotation in WebRTC travels in RTP instead (the urn:3gpp:video-orientation header extension). ${BROWSERS_IGNORE}`,
  },
  {
    kind: 'attribute',
    key: 'framerate',
    title: 'Frame rate',
    grammar: '<frame rate>',
    scope: 'media',
    rfc: 'RFC 8866 §6.13',
    fields: [
      { name: 'frame rate', meaning: (v: string) => `At most ${v} frames per second of video.` },
    ],
    example: 'a=framerate:25.000000',
    summary: 'The maximum video frame rate, in frames per second.',
    explanation: `RTSP cameras announce their frame rate this way. A WebRTC sender takes its frame rate from the track and RTCRtpEncodingParameters.maxFramerate instead. ${BROWSERS_IGNORE}`,
  },
  {
    kind: 'attribute',
    key: 'quality',
    title: 'Quality',
    grammar: '<quality>',
    scope: 'media',
    rfc: 'RFC 8866 §6.14',
    fields: [
      {
        name: 'quality',
        meaning: (v: string) =>
          `${v} on a scale of 0 to 10 (10 the best still image quality, 0 the smoothest motion; 5 is the default).`,
      },
    ],
    example: 'a=quality:10',
    summary: 'A hint trading frame rate against picture quality, from 0 to 10.',
    explanation: `A hint for the video encoders of the multicast era. In WebRTC, RTCRtpSender.setParameters({ degradationPreference }) makes that trade. ${BROWSERS_IGNORE}`,
  },
] as const satisfies readonly SdpRule[];
