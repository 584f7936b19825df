/**
 * Writes tests/fixtures/connection/: connection.json (the SDPs, key material and datagrams, media
 * beyond the first few packets of each stream summarised by length and header), connection.pcap
 * (the kept datagrams) and connection.keylog (NSS key log format, for Wireshark and tshark).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { demuxDatagram } from '../../src/lib/wire/demux.ts';
import type { ConnectionFixture, FixtureDatagram } from '../../src/lib/wire/fixture-types.ts';
import { pcapFile } from './pcap.ts';
import type { TappedDatagram } from './udp-tap.ts';

/** The directory of the connection fixture. */
export const FIXTURE_DIR = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'connection');
/** Media datagrams kept whole per stream (SSRC and direction); the rest keep their header only. */
export const MEDIA_KEPT = 4;

/** What one capture run produced, before the fixture is written. */
export interface RawCapture {
  browser: string;
  offer: string;
  answer: string;
  datagrams: TappedDatagram[];
  weriftRole: 'client' | 'server';
  clientRandom: string;
  serverRandom: string;
  masterSecret: string;
  srtp: { clientKey: string; clientSalt: string; serverKey: string; serverSalt: string };
}

/** werift's fixed certificate (a stable a=fingerprint), created on the first run. */
export async function certificate() {
  const certPath = join(FIXTURE_DIR, 'werift-cert.pem');
  const keyPath = join(FIXTURE_DIR, 'werift-key.pem');
  const signatureHash = { hash: 4, signature: 3 } as const;
  if (existsSync(certPath) && existsSync(keyPath))
    return {
      certPem: readFileSync(certPath, 'utf8'),
      keyPem: readFileSync(keyPath, 'utf8'),
      signatureHash,
    };
  const { CipherContext } = await import('werift');
  const made = await CipherContext.createSelfSignedCertificateWithKey(signatureHash, 23);
  mkdirSync(FIXTURE_DIR, { recursive: true });
  writeFileSync(certPath, made.certPem);
  writeFileSync(keyPath, made.keyPem);
  return { certPem: made.certPem as string, keyPem: made.keyPem as string, signatureHash };
}

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

/** The fixture's datagram list: every non-media datagram whole, media whole for the first few per stream. */
export function fixtureDatagrams(raw: readonly TappedDatagram[]): FixtureDatagram[] {
  const seen = new Map<string, number>();
  const t0 = raw[0]?.at ?? 0;
  return raw.map((d) => {
    const kind = demuxDatagram(d.bytes);
    const from = d.direction === 'out' ? 'werift' : 'chromium';
    const at = Math.round((d.at - t0) * 10) / 10;
    if (kind !== 'rtp' && kind !== 'rtcp') return { at, from, kind, hex: hex(d.bytes) };
    const ssrc =
      d.bytes.length >= 8
        ? hex(d.bytes.subarray(kind === 'rtp' ? 8 : 4, kind === 'rtp' ? 12 : 8))
        : '';
    const stream = `${from} ${kind} ${ssrc}`;
    const count = (seen.get(stream) ?? 0) + 1;
    seen.set(stream, count);
    if (count <= MEDIA_KEPT) return { at, from, kind, hex: hex(d.bytes) };
    return {
      at,
      from,
      kind,
      length: d.bytes.length,
      head: hex(d.bytes.subarray(0, kind === 'rtp' ? 12 : 8)),
    };
  });
}

/** Write the three files; returns a one-line summary with their sizes. */
export function writeFixture(capture: RawCapture): string {
  mkdirSync(FIXTURE_DIR, { recursive: true });
  const first = capture.datagrams[0];
  const werift = first?.local ?? { address: '127.0.0.1', port: 0 };
  const chromium = first?.remote ?? { address: '127.0.0.1', port: 0 };
  const fixture: ConnectionFixture = {
    howMade:
      "npm run capture:connection: werift 0.25.2 in Node answers headless Chromium on 127.0.0.1; every datagram on werift's socket, media summarised after the first few of each stream.",
    browser: capture.browser,
    werift: '0.25.2',
    capturedAt: new Date().toISOString().slice(0, 10),
    endpoints: { werift, chromium },
    offer: capture.offer,
    answer: capture.answer,
    dtls: {
      weriftRole: capture.weriftRole,
      clientRandom: capture.clientRandom,
      serverRandom: capture.serverRandom,
      masterSecret: capture.masterSecret,
    },
    srtp: { profile: 'AES128_CM_HMAC_SHA1_80', ...capture.srtp },
    mediaKept: MEDIA_KEPT,
    datagrams: fixtureDatagrams(capture.datagrams),
  };
  const json = `${JSON.stringify(fixture, null, 1)}\n`;
  writeFileSync(join(FIXTURE_DIR, 'connection.json'), json);
  const keylog = `CLIENT_RANDOM ${capture.clientRandom} ${capture.masterSecret}\n`;
  writeFileSync(join(FIXTURE_DIR, 'connection.keylog'), keylog);
  const kept = fixture.datagrams.flatMap((d) =>
    d.hex === undefined
      ? []
      : [
          {
            at: d.at,
            source: d.from === 'werift' ? werift : chromium,
            destination: d.from === 'werift' ? chromium : werift,
            payload: Uint8Array.from(Buffer.from(d.hex, 'hex')),
          },
        ],
  );
  const pcap = pcapFile(kept, Math.floor(Date.now() / 1000));
  writeFileSync(join(FIXTURE_DIR, 'connection.pcap'), pcap);
  return `connection.json ${json.length} B, connection.pcap ${pcap.length} B, connection.keylog`;
}
