// The wire decoders (src/lib/wire) on the captured connection's datagrams and decrypted SCTP
// packets, mutated byte by byte, and on random bytes: never throw, stay under the time limit, keep
// every field inside its layer's bytes. The decrypting path (keys, AES-GCM, SRTP) runs on a sample.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ByteReader } from '~/lib/wire/byte-reader';
import { decodeConnection } from '~/lib/wire/connection';
import { connectionKeys } from '~/lib/wire/connection-keys';
import { decodeDcep } from '~/lib/wire/dcep';
import { demuxDatagram } from '~/lib/wire/demux';
import { readDtlsContent } from '~/lib/wire/dtls-content';
import { decodeDtlsDatagram } from '~/lib/wire/dtls-datagram';
import { decodeDtlsRecords } from '~/lib/wire/dtls-record';
import type { ConnectionFixture } from '~/lib/wire/fixture-types';
import { decodeSrtcp, decodeSrtp } from '~/lib/wire/media-datagram';
import { decodeRtcpCompound } from '~/lib/wire/rtcp';
import { decodeRtpHeader } from '~/lib/wire/rtp';
import { decodeSctp } from '~/lib/wire/sctp';
import { decodeStunLayer } from '~/lib/wire/stun-layer';
import { hexBytes } from '~/lib/wire/subtle';
import type { WireLayer } from '~/lib/wire/types';
import { FUZZ_RUNS, TIME_LIMIT_MS, fuzzTarget, mutatedBytes } from './harness';

const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/connection/connection.json', import.meta.url), 'utf8'),
) as ConnectionFixture;
const datagramSeeds = fixture.datagrams.flatMap((d) => (d.hex ? [hexBytes(d.hex)] : []));
let sctpSeeds: Uint8Array[] = [];

beforeAll(async () => {
  const { datagrams } = await decodeConnection(fixture);
  const all = (l: WireLayer): WireLayer[] => [l, ...l.inner.flatMap(all)];
  sctpSeeds = datagrams
    .flatMap((d) => d.layers.flatMap(all))
    .filter((l) => l.protocol === 'sctp' && l.title.startsWith('SCTP'))
    .map((l) => l.bytes.slice());
});

/** Every decoder that needs no key, on the same bytes. */
function decodeClear(bytes: Uint8Array): WireLayer[] {
  const layers: WireLayer[] = [];
  demuxDatagram(bytes);
  layers.push(decodeStunLayer(bytes));
  for (const record of decodeDtlsRecords(bytes)) {
    readDtlsContent(new ByteReader(record.layer, record.fragmentOffset), record.contentType);
    layers.push(record.layer);
  }
  layers.push(decodeRtpHeader(bytes, { 1: 'urn:x' }).layer, ...decodeRtcpCompound(bytes));
  layers.push(decodeSctp(bytes).layer, decodeDcep(bytes, 50, 0), decodeDcep(bytes, 51, 0));
  return layers;
}

function checkLayers(_: Uint8Array, output: unknown): void {
  const walk = (l: WireLayer): void => {
    for (const f of l.fields) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeGreaterThanOrEqual(f.start);
      expect(f.end).toBeLessThanOrEqual(l.bytes.length);
    }
    l.inner.forEach(walk);
  };
  (output as WireLayer[]).forEach(walk);
}

const bytes = (seeds: () => Uint8Array[]) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.constant(null).chain(() => mutatedBytes(seeds())) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }) },
  );

describe('wire decoders', () => {
  it(
    'never throw, keep fields inside their bytes and stay under 50 ms on mutated captured datagrams',
    () =>
      fuzzTarget(
        'wire datagrams',
        bytes(() => datagramSeeds),
        decodeClear,
        checkLayers,
      ),
    60_000 + FUZZ_RUNS * 20,
  );

  it(
    'never throw on mutated decrypted SCTP packets',
    () =>
      fuzzTarget(
        'wire sctp',
        bytes(() => sctpSeeds),
        decodeClear,
        checkLayers,
      ),
    60_000 + FUZZ_RUNS * 20,
  );

  it('never reject when decrypting mutated DTLS, SRTP and SRTCP datagrams with the real keys', async () => {
    const keys = await connectionKeys(fixture.dtls);
    const samples = fc.sample(mutatedBytes(datagramSeeds), Math.min(FUZZ_RUNS, 2000));
    let slowest = 0;
    for (const sample of samples) {
      const started = performance.now();
      await decodeDtlsDatagram(sample, keys.record, true);
      await decodeSrtp(sample, keys.server, 0, {}, {});
      await decodeSrtcp(sample, keys.client);
      slowest = Math.max(slowest, performance.now() - started);
    }
    console.log(
      `fuzz wire decrypt: ${samples.length} inputs run, slowest ${slowest.toFixed(2)} ms`,
    );
    expect(slowest).toBeLessThan(TIME_LIMIT_MS * 4);
  }, 120_000);
});
