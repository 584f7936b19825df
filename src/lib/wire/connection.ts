// The captured connection decoded datagram by datagram: demultiplexed by first byte (RFC 7983),
// then STUN, DTLS (opened with the derived keys, SCTP and DCEP inside) or SRTP/SRTCP (tags checked,
// payloads decrypted). Media the fixture summarises are decoded from their clear header only.
import { connectionKeys, sdpMediaMaps, type ConnectionKeys } from './connection-keys';
import { demuxDatagram, type WireKind } from './demux';
import { decodeDtlsDatagram } from './dtls-datagram';
import type { ConnectionFixture } from './fixture-types';
import { decodeSrtcp, decodeSrtp } from './media-datagram';
import { decodeStunLayer } from './stun-layer';
import { hexBytes } from './subtle';
import { newLayer, type WireLayer } from './types';

/** One datagram of the connection, decoded. */
export interface DecodedDatagram {
  index: number;
  at: number;
  from: 'werift' | 'chromium';
  kind: WireKind;
  /** The datagram's bytes (only the header for a summarised media packet). */
  bytes: Uint8Array;
  /** True when the fixture kept only the length and header. */
  summarised: boolean;
  length: number;
  /** Top-level layers: one for STUN, RTP and RTCP, one per record for DTLS. */
  layers: WireLayer[];
  /** What it carries, e.g. ["ClientHello"], ["SCTP DATA"]. */
  names: string[];
  /** DTLS records that did not decrypt; SRTP/SRTCP tag result. */
  sealed: number;
  authentic?: boolean | undefined;
}

/** Decode every datagram of the fixture, keys derived first. Never throws on odd bytes. */
export async function decodeConnection(
  fixture: ConnectionFixture,
): Promise<{ keys: ConnectionKeys; datagrams: DecodedDatagram[] }> {
  const keys = await connectionKeys(fixture.dtls);
  const offerMaps = sdpMediaMaps(fixture.offer);
  const roc = new Map<number, { roc: number; last: number }>();
  const datagrams: DecodedDatagram[] = [];
  for (const [index, d] of fixture.datagrams.entries()) {
    const summarised = d.hex === undefined;
    const bytes = hexBytes(d.hex ?? d.head ?? '');
    const kind = demuxDatagram(bytes);
    const fromClient = (d.from === 'werift') === (fixture.dtls.weriftRole === 'client');
    const media = fromClient ? keys.client : keys.server;
    const out: DecodedDatagram = {
      index,
      at: d.at,
      from: d.from,
      kind,
      bytes,
      summarised,
      length: d.length ?? bytes.length,
      layers: [],
      names: [],
      sealed: 0,
    };
    if (kind === 'stun') {
      const layer = decodeStunLayer(bytes);
      out.layers.push(layer);
      out.names.push(layer.title);
    } else if (kind === 'dtls') {
      const dtls = await decodeDtlsDatagram(bytes, keys.record, fromClient);
      out.layers.push(...dtls.records);
      out.names.push(...dtls.names);
      out.sealed = dtls.sealed;
    } else if (kind === 'rtp') {
      const ssrc = bytes.length >= 12 ? new DataView(bytes.buffer).getUint32(8) : 0;
      const seq = bytes.length >= 4 ? (bytes[2]! << 8) | bytes[3]! : 0;
      const state = roc.get(ssrc) ?? { roc: 0, last: seq };
      if (seq < state.last && state.last - seq > 0x8000) state.roc += 1;
      state.last = seq;
      roc.set(ssrc, state);
      const decoded = await decodeSrtp(
        bytes,
        summarised ? undefined : media,
        state.roc,
        offerMaps.extmap,
        offerMaps.codecs,
      );
      out.layers.push(decoded.layer);
      out.names.push(decoded.layer.title);
      out.authentic = decoded.authentic;
    } else if (kind === 'rtcp') {
      const decoded = await decodeSrtcp(bytes, summarised ? undefined : media);
      out.layers.push(decoded.layer);
      out.names.push(decoded.layer.title);
      out.authentic = decoded.authentic;
    } else {
      const layer = newLayer('raw', 'Unknown', bytes);
      layer.problems.push('The first byte is in no range of RFC 7983.');
      out.layers.push(layer);
      out.names.push('unknown');
    }
    datagrams.push(out);
  }
  return { keys, datagrams };
}
