// The illustrated page's stable anchors and SDP cross-links on the committed capture: every alias
// the chapters link to lands on the datagram or field it is named after, and the a=msid and
// a=fingerprint links point at the bytes they describe.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  connectionView,
  fixture,
  findField,
  type DatagramView,
  type FieldView,
} from '~/components/illustrated/connectionView';
import { sdpFingerprint } from '~/components/illustrated/fingerprintCheck';
import { sdpLinks } from '~/components/illustrated/sdpLinks';
import { STABLE_ANCHORS, assignStableAnchors } from '~/components/illustrated/stableAnchors';
import { hexBytes } from '~/lib/wire/subtle';

let whole: DatagramView[] = [];
let missing: string[] = [];
beforeAll(async () => {
  whole = (await connectionView()).whole;
  missing = assignStableAnchors(whole);
});

const datagram = (alias: string) => whole.find((d) => d.alias === alias);
const field = (alias: string): FieldView | undefined =>
  findField(
    whole,
    () => true,
    (f) => f.alias === alias,
  );

describe('the stable anchors of the illustrated connection', () => {
  it('finds every alias in the capture, each on one element', () => {
    expect(missing).toEqual([]);
    const placed = [
      ...whole.flatMap((d) => (d.alias ? [d.alias] : [])),
      ...STABLE_ANCHORS.filter((a) => field(a)),
    ];
    expect(placed.sort()).toEqual([...STABLE_ANCHORS].sort());
  });

  it('names each datagram after what it is', () => {
    expect(datagram('client-hello')?.summary).toBe('ClientHello');
    expect(datagram('client-hello')?.from).toBe('werift');
    expect(datagram('server-hello')?.summary).toMatch(/^ServerHello · Certificate/);
    expect(datagram('binding-request')?.summary).toBe('STUN Binding request');
    expect(datagram('dcep-open')?.summary).toContain('DATA_CHANNEL_OPEN');
    expect(datagram('rtp-vp8')?.summary).toMatch(/^SRTP VP8/);
    expect(datagram('rtp-opus')?.summary).toMatch(/^SRTP opus/);
    expect(datagram('close-notify')?.summary).toBe('Alert close_notify');
  });

  it("puts the field aliases on the fields they name, the first VP8 packet's SSRC included", () => {
    const ufrags = `${/^a=ice-ufrag:(\S+)/m.exec(fixture.offer)![1]}:`;
    expect(field('binding-request-username')?.value).toContain(ufrags);
    expect(field('rtp-vp8-payload-type')?.value).toBe('96');
    const videoSsrc = /^a=ssrc-group:FID (\d+)/m.exec(fixture.offer)![1];
    expect(field('rtp-vp8-ssrc')?.value).toMatch(new RegExp(`^${videoSsrc} `));
    expect(field('server-certificate-der')?.name).toBe('Certificate');
  });
});

describe('the SDP cross-links', () => {
  it('ties the video a=msid to the SSRC its a=ssrc line names, in the first VP8 header', () => {
    const msid = sdpLinks(whole).find((l) => l.id === 'sdp-msid')!;
    const track = msid.line.slice('a=msid:'.length);
    const ssrc = new RegExp(`^a=ssrc:(\\d+) msid:${track}\\r?$`, 'm').exec(fixture.offer)![1];
    expect(msid.target).toBe(field('rtp-vp8-ssrc')?.id);
    expect(field('rtp-vp8-ssrc')?.value).toMatch(new RegExp(`^${ssrc} `));
    expect(msid.note).toContain(`a=ssrc:${ssrc} msid:`);
  });

  it('gives each a=fingerprint the Certificate bytes whose SHA-256 (WebCrypto) equals it', async () => {
    const checks = sdpLinks(whole).flatMap((l) => (l.check ? [l.check] : []));
    expect(checks).toHaveLength(2);
    for (const check of checks) {
      const cert = findField(
        whole,
        () => true,
        (f) => f.id === check.field,
      )!;
      expect(cert.name).toBe('Certificate');
      expect(await sdpFingerprint(hexBytes(cert.value))).toBe(check.expected);
    }
  });

  it('gives every cross-link a distinct id and a target', () => {
    const links = sdpLinks(whole);
    expect(new Set(links.map((l) => l.id)).size).toBe(links.length);
    for (const l of links) expect(l.target, l.id).toBeDefined();
  });
});
