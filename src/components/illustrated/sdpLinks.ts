// The SDP lines of the capture that cause bytes on the wire, each with the field it links to and
// what to compare: the offer is Chromium's, the answer werift's.
import { fieldFingerprint, findField, fixture, type DatagramView } from './connectionView';

/** One cross-link: the SDP line, the field anchor it lands on, and what the reader should see there. */
export interface SdpLink {
  id: string;
  side: 'offer, Chromium' | 'answer, werift';
  line: string;
  target: string | undefined;
  note: string;
}

const line = (sdp: string, pattern: RegExp) =>
  sdp.split(/\r?\n/).find((l) => pattern.test(l)) ?? '';

/** The cross-links from the two SDPs to the captured bytes. */
export async function sdpLinks(whole: readonly DatagramView[]): Promise<SdpLink[]> {
  const { offer, answer } = fixture;
  const by = (from: string, kind?: string) => (d: DatagramView) =>
    d.from === from && (!kind || d.kind === kind);
  const named = (name: string, value?: RegExp) => (f: { name: string; value: string }) =>
    f.name === name && (!value || value.test(f.value));
  const ssrc = /a=ssrc:(\d+)/.exec(offer)?.[1] ?? '';
  const certChromium = findField(whole, by('chromium', 'dtls'), named('Certificate'));
  const certWerift = findField(whole, by('werift', 'dtls'), named('Certificate'));
  const [hashChromium, hashWerift] = await Promise.all([
    fieldFingerprint(whole, certChromium),
    fieldFingerprint(whole, certWerift),
  ]);
  const links: Omit<SdpLink, 'id'>[] = [
    {
      side: 'offer, Chromium',
      line: line(offer, /^a=ice-ufrag:/),
      target: findField(whole, by('werift', 'stun'), named('USERNAME value'))?.id,
      note: "werift's checks carry USERNAME = Chromium's ufrag, a colon, werift's ufrag",
    },
    {
      side: 'answer, werift',
      line: line(answer, /^a=ice-pwd:/),
      target: findField(whole, by('chromium', 'stun'), named('MESSAGE-INTEGRITY value'))?.id,
      note: "Chromium's checks to werift are signed with werift's ice-pwd (HMAC-SHA1)",
    },
    {
      side: 'answer, werift',
      line: line(answer, /^a=setup:/),
      target: whole.find((d) => d.summary.startsWith('ClientHello'))?.id,
      note: 'active: werift is the DTLS client, so it sends the ClientHello',
    },
    {
      side: 'offer, Chromium',
      line: line(offer, /^a=fingerprint:/),
      target: certChromium?.id,
      note: `SHA-256 of Chromium's Certificate, computed from these bytes: ${hashChromium ?? '?'}`,
    },
    {
      side: 'answer, werift',
      line: line(answer, /^a=fingerprint:/),
      target: certWerift?.id,
      note: `SHA-256 of werift's Certificate: ${hashWerift ?? '?'}`,
    },
    {
      side: 'offer, Chromium',
      line: line(offer, /^a=sctp-port:/),
      target: findField(whole, by('chromium', 'sctp'), named('Source port'))?.id,
      note: 'The SCTP source and destination ports',
    },
    {
      side: 'answer, werift',
      line: line(answer, /^a=max-message-size:/),
      target: findField(whole, by('chromium', 'sctp'), named('Text'))?.id,
      note: 'The largest message werift accepts; this one is far smaller',
    },
    {
      side: 'offer, Chromium',
      line: line(offer, /^a=rtpmap:111 /),
      target: findField(whole, by('chromium', 'rtp'), named('Payload type (PT)', /^111$/))?.id,
      note: 'Payload type 111 in the RTP header: Opus',
    },
    {
      side: 'offer, Chromium',
      line: line(offer, /^a=rtpmap:96 /),
      target: findField(whole, by('chromium', 'rtp'), named('Payload type (PT)', /^96$/))?.id,
      note: 'Payload type 96: VP8',
    },
    {
      side: 'offer, Chromium',
      line: line(offer, new RegExp(`^a=ssrc:${ssrc} msid:`)),
      target: findField(whole, by('chromium', 'rtp'), named('SSRC', new RegExp(`^${ssrc} `)))?.id,
      note: 'The same SSRC names the audio stream in every RTP header',
    },
  ];
  return links.map((l, i) => ({ ...l, id: `sdp${i + 1}` }));
}
