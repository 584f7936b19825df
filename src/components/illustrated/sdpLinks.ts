// The SDP lines of the capture that cause bytes on the wire, each with the field it links to and
// what to compare: the offer is Chromium's, the answer werift's.
import { findField, fixture, type DatagramView } from './connectionView';

/** A fingerprint the page recomputes with WebCrypto: the Certificate field's id and the SDP's value. */
export interface FingerprintCheck {
  field: string;
  expected: string;
}

/** One cross-link: the SDP line, the field anchor it lands on, and what the reader should see there. */
export interface SdpLink {
  /** A stable id named after the line (sdp-fingerprint-offer), for links from the chapters. */
  id: string;
  side: 'offer, Chromium' | 'answer, werift';
  line: string;
  target: string | undefined;
  note: string;
  check?: FingerprintCheck;
}

const line = (sdp: string, pattern: RegExp) =>
  sdp.split(/\r?\n/).find((l) => pattern.test(l)) ?? '';

/** The cross-links from the two SDPs to the captured bytes. */
export function sdpLinks(whole: readonly DatagramView[]): SdpLink[] {
  const { offer, answer } = fixture;
  const by = (from: string, kind?: string) => (d: DatagramView) =>
    d.from === from && (!kind || d.kind === kind);
  const named = (name: string, value?: RegExp) => (f: { name: string; value: string }) =>
    f.name === name && (!value || value.test(f.value));
  const ssrc = /a=ssrc:(\d+)/.exec(offer)?.[1] ?? '';
  const certChromium = findField(whole, by('chromium', 'dtls'), named('Certificate'));
  const certWerift = findField(whole, by('werift', 'dtls'), named('Certificate'));
  const fingerprint = (sdp: string) => /^a=fingerprint:sha-256 (\S+)/m.exec(sdp)?.[1] ?? '';
  const check = (field: { id: string } | undefined, sdp: string) =>
    field ? { check: { field: field.id, expected: fingerprint(sdp) } } : {};
  const msid = videoMsid(offer);
  const links: SdpLink[] = [
    {
      id: 'sdp-ice-ufrag',
      side: 'offer, Chromium',
      line: line(offer, /^a=ice-ufrag:/),
      target: findField(whole, by('werift', 'stun'), named('USERNAME value'))?.id,
      note: "werift's checks carry USERNAME = Chromium's ufrag, a colon, werift's ufrag",
    },
    {
      id: 'sdp-ice-pwd',
      side: 'answer, werift',
      line: line(answer, /^a=ice-pwd:/),
      target: findField(whole, by('chromium', 'stun'), named('MESSAGE-INTEGRITY value'))?.id,
      note: "Chromium's checks to werift are signed with werift's ice-pwd (HMAC-SHA1)",
    },
    {
      id: 'sdp-setup',
      side: 'answer, werift',
      line: line(answer, /^a=setup:/),
      target: whole.find((d) => d.summary.startsWith('ClientHello'))?.id,
      note: 'active: werift is the DTLS client, so it sends the ClientHello',
    },
    {
      id: 'sdp-fingerprint-offer',
      side: 'offer, Chromium',
      line: line(offer, /^a=fingerprint:/),
      target: certChromium?.id,
      note: "The SHA-256 of Chromium's Certificate (the DER bytes in the Certificate message)",
      ...check(certChromium, offer),
    },
    {
      id: 'sdp-fingerprint-answer',
      side: 'answer, werift',
      line: line(answer, /^a=fingerprint:/),
      target: certWerift?.id,
      note: "The SHA-256 of werift's Certificate",
      ...check(certWerift, answer),
    },
    {
      id: 'sdp-sctp-port',
      side: 'offer, Chromium',
      line: line(offer, /^a=sctp-port:/),
      target: findField(whole, by('chromium', 'sctp'), named('Source port'))?.id,
      note: 'The SCTP source and destination ports',
    },
    {
      id: 'sdp-max-message-size',
      side: 'answer, werift',
      line: line(answer, /^a=max-message-size:/),
      target: findField(whole, by('chromium', 'sctp'), named('Text'))?.id,
      note: 'The largest message werift accepts; this one is far smaller',
    },
    {
      id: 'sdp-rtpmap-opus',
      side: 'offer, Chromium',
      line: line(offer, /^a=rtpmap:111 /),
      target: findField(whole, by('chromium', 'rtp'), named('Payload type (PT)', /^111$/))?.id,
      note: 'Payload type 111 in the RTP header: Opus',
    },
    {
      id: 'sdp-rtpmap-vp8',
      side: 'offer, Chromium',
      line: line(offer, /^a=rtpmap:96 /),
      target: findField(whole, by('chromium', 'rtp'), named('Payload type (PT)', /^96$/))?.id,
      note: 'Payload type 96: VP8',
    },
    {
      id: 'sdp-ssrc',
      side: 'offer, Chromium',
      line: line(offer, new RegExp(`^a=ssrc:${ssrc} msid:`)),
      target: findField(whole, by('chromium', 'rtp'), named('SSRC', new RegExp(`^${ssrc} `)))?.id,
      note: 'The same SSRC names the audio stream in every RTP header',
    },
    {
      id: 'sdp-msid',
      side: 'offer, Chromium',
      line: msid.line,
      target: findField(
        whole,
        by('chromium', 'rtp'),
        named('SSRC', new RegExp(`^${msid.ssrc || 'none'} `)),
      )?.id,
      note:
        `The video track's msid. The RTP header does not carry it: the line a=ssrc:${msid.ssrc} msid:… ` +
        'in the same section ties the track to SSRC ' +
        `${msid.ssrc}, and that SSRC is in the header. The MID header extension could tie it too, ` +
        'but werift answered no a=extmap, so these packets carry no header extension (X = 0).',
    },
  ];
  return links;
}

/** The offer's video a=msid line and the SSRC its a=ssrc … msid: line gives that track. */
function videoMsid(offer: string): { line: string; ssrc: string } {
  const video = offer.split(/\r?\nm=/).find((section) => section.startsWith('video')) ?? '';
  const msidLine = line(video, /^a=msid:/);
  const track = msidLine.slice('a=msid:'.length);
  const ssrc =
    video
      .split(/\r?\n/)
      .map((l) => /^a=ssrc:(\d+) msid:(.+)$/.exec(l))
      .find((m) => m && track && m[2] === track)?.[1] ?? '';
  return { line: msidLine, ssrc };
}
