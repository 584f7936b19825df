/**
 * Writes tests/fixtures/connection/connection-sctp.pcap: the SCTP packets the DTLS records carry,
 * decrypted with the wire decoders, as IPv4 protocol 132 packets. tshark decrypts the DTLS records
 * with the keylog but does not hand their plaintext on to its SCTP dissector; this file does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeConnection } from '../../src/lib/wire/connection.ts';
import type { ConnectionFixture } from '../../src/lib/wire/fixture-types.ts';
import type { WireLayer } from '../../src/lib/wire/types.ts';
import { pcapFile, type PcapDatagram } from './pcap.ts';
import { FIXTURE_DIR } from './write-fixture.ts';

/** Decrypt the committed fixture's SCTP packets and write them as a pcap; returns its size. */
export async function writeSctpPcap(): Promise<number> {
  const fixture = JSON.parse(
    readFileSync(join(FIXTURE_DIR, 'connection.json'), 'utf8'),
  ) as ConnectionFixture;
  const { datagrams } = await decodeConnection(fixture);
  const all = (l: WireLayer): WireLayer[] => [l, ...l.inner.flatMap(all)];
  const { werift, chromium } = fixture.endpoints;
  const packets: PcapDatagram[] = datagrams.flatMap((d) =>
    d.layers
      .flatMap(all)
      .filter((l) => l.protocol === 'sctp' && l.title.startsWith('SCTP'))
      .map((l) => ({
        at: d.at,
        source: d.from === 'werift' ? werift : chromium,
        destination: d.from === 'werift' ? chromium : werift,
        payload: l.bytes,
        protocol: 132,
      })),
  );
  const pcap = pcapFile(packets, Date.parse(`${fixture.capturedAt}T00:00:00Z`) / 1000);
  writeFileSync(join(FIXTURE_DIR, 'connection-sctp.pcap'), pcap);
  return pcap.length;
}
