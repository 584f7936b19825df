// The wire decoders on the committed capture (tests/fixtures/connection): every datagram decodes
// with every byte named, every DTLS record opens, every SRTP/SRTCP tag verifies, the certificates
// hash to the SDP fingerprints, and the structure is the expected sequence.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeConnection, type DecodedDatagram } from '~/lib/wire/connection';
import { EXPECTED_OUTLINE, connectionOutline } from '~/lib/wire/connection-outline';
import type { ConnectionFixture } from '~/lib/wire/fixture-types';
import { sha256 } from '~/lib/wire/subtle';
import type { WireLayer } from '~/lib/wire/types';

const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/connection/connection.json', import.meta.url), 'utf8'),
) as ConnectionFixture;
let datagrams: DecodedDatagram[] = [];

beforeAll(async () => {
  datagrams = (await decodeConnection(fixture)).datagrams;
});

const layersOf = (layer: WireLayer): WireLayer[] => [layer, ...layer.inner.flatMap(layersOf)];
const everyLayer = (d: DecodedDatagram) => d.layers.flatMap(layersOf);
const UNKNOWN = /unassigned|truncated|trailing|odd bytes|unread|not one these/i;

describe('the committed connection capture', () => {
  it('decodes every datagram with every byte covered by a named field and no problem', () => {
    expect(datagrams.length).toBe(fixture.datagrams.length);
    for (const d of datagrams) {
      for (const layer of everyLayer(d)) {
        const covered = new Uint8Array(layer.bytes.length);
        for (const f of layer.fields) {
          expect(f.name, `datagram ${d.index} ${layer.title}`).not.toMatch(UNKNOWN);
          expect(f.value).not.toMatch(/unassigned/);
          expect(f.ref).toMatch(/^(RFC \d+|libwebrtc)/);
          covered.fill(1, f.start, f.end);
        }
        expect(
          covered.every((c) => c === 1),
          `datagram ${d.index} ${layer.title}`,
        ).toBe(true);
        expect(layer.problems, `datagram ${d.index} ${layer.title}`).toEqual([]);
      }
    }
  });

  it('opens every encrypted DTLS record with the keys derived from the keylog', () => {
    const dtls = datagrams.filter((d) => d.kind === 'dtls');
    expect(dtls.length).toBeGreaterThan(20);
    for (const d of dtls) expect(d.sealed, `datagram ${d.index}`).toBe(0);
    const opened = dtls.flatMap((d) => d.layers.filter((l) => l.inner.length > 0));
    expect(opened.length).toBeGreaterThan(15);
  });

  it('verifies the authentication tag of every SRTP and SRTCP packet kept whole', () => {
    const media = datagrams.filter((d) => (d.kind === 'rtp' || d.kind === 'rtcp') && !d.summarised);
    expect(media.length).toBeGreaterThanOrEqual(12);
    for (const d of media) expect(d.authentic, `datagram ${d.index}`).toBe(true);
  });

  it("hashes each side's Certificate message to the a=fingerprint of its SDP", async () => {
    const fingerprint = (sdp: string) =>
      /a=fingerprint:sha-256 (\S+)/i.exec(sdp)?.[1]?.toLowerCase();
    for (const [from, sdp] of [
      ['chromium', fixture.offer],
      ['werift', fixture.answer],
    ] as const) {
      const layer = datagrams
        .filter((d) => d.from === from && d.names.some((n) => n.includes('Certificate')))
        .flatMap((d) => d.layers)
        .find((l) => l.fields.some((f) => f.name === 'Certificate'));
      const field = layer?.fields.find((f) => f.name === 'Certificate');
      expect(field, from).toBeDefined();
      const der = layer!.bytes.subarray(field!.start, field!.end);
      const hash = Array.from(await sha256(der), (b) => b.toString(16).padStart(2, '0')).join(':');
      expect(hash).toBe(fingerprint(sdp));
    }
  });

  it('follows the expected sequence from ClientHello to close_notify', () => {
    expect(connectionOutline(datagrams)).toEqual(EXPECTED_OUTLINE);
  });

  it('carries the greeting text in the decrypted data channel message', () => {
    const texts = datagrams
      .flatMap(everyLayer)
      .filter((l) => l.protocol === 'message')
      .map((l) => l.fields[0]?.value);
    expect(texts).toContain('"Hello from Chromium"');
    expect(texts).toContain('"Hello from werift"');
  });
});
