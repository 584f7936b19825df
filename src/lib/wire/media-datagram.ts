// SRTP and SRTCP datagrams as layers: the clear header, the encrypted part and the tag, and,
// given the session keys, the decrypted payload or compound RTCP as an inner layer.
import { ByteReader } from './byte-reader';
import { decodeRtcpCompound, readRtcpHead } from './rtcp';
import { decodeRtpHeader } from './rtp';
import type { SrtpSessionKeys } from './srtp-keys';
import { openSrtcp, openSrtp } from './srtp-open';
import { concatBytes } from './subtle';
import { newLayer, type WireLayer } from './types';

/** A media datagram decoded: its layer, its stream, and whether the tag verified (undefined: not checked). */
export interface MediaDatagram {
  layer: WireLayer;
  ssrc: number;
  sequence?: number;
  authentic?: boolean | undefined;
}

const TAG_TEXT = {
  name: 'Authentication tag',
  meaning: 'HMAC-SHA1 over the packet (and, for SRTP, the rollover counter), cut to 80 bits',
  ref: 'RFC 3711 §4.2',
};

/** Decode an SRTP packet; `roc` is its rollover counter, `codecs` the a=rtpmap names by payload type. */
export async function decodeSrtp(
  bytes: Uint8Array,
  keys: SrtpSessionKeys | undefined,
  roc: number,
  extmap: Readonly<Record<number, string>>,
  codecs: Readonly<Record<number, string>>,
): Promise<MediaDatagram> {
  const header = decodeRtpHeader(bytes, extmap);
  const { layer } = header;
  layer.title = `SRTP ${codecs[header.payloadType] ?? `PT ${header.payloadType}`} seq ${header.sequence}`;
  const r = new ByteReader(layer, header.headerLength);
  if (r.left < 10) return { layer, ssrc: header.ssrc, sequence: header.sequence };
  r.bytes(r.left - 10, {
    name: 'Encrypted payload',
    meaning: `The ${codecs[header.payloadType] ?? 'media'} payload, AES-CM encrypted`,
    ref: 'RFC 3711 §3.1',
  });
  r.bytes(10, TAG_TEXT);
  if (!keys) return { layer, ssrc: header.ssrc, sequence: header.sequence };
  const opened = await openSrtp(bytes, header.headerLength, keys, roc);
  if (!opened) return { layer, ssrc: header.ssrc, sequence: header.sequence };
  const plain = newLayer(
    'rtp',
    `Decrypted ${codecs[header.payloadType] ?? 'payload'}`,
    opened.plaintext,
  );
  new ByteReader(plain).bytes(opened.plaintext.length, {
    name: `${codecs[header.payloadType] ?? 'Media'} payload`,
    meaning: `Packet index ${opened.index}: the key stream is AES-CM of the SSRC and this index`,
    ref: 'RFC 3711 §4.1.1',
  });
  layer.inner.push(plain);
  if (!opened.authentic) layer.problems.push('The SRTP authentication tag does not verify.');
  return { layer, ssrc: header.ssrc, sequence: header.sequence, authentic: opened.authentic };
}

/** Decode an SRTCP packet: 8 clear bytes, encrypted RTCP, E flag and index, tag. */
export async function decodeSrtcp(
  bytes: Uint8Array,
  keys: SrtpSessionKeys | undefined,
): Promise<MediaDatagram> {
  const layer = newLayer('rtcp', 'SRTCP', bytes);
  const r = new ByteReader(layer);
  const pt = readRtcpHead(r);
  const ssrc = bytes.length >= 8 ? new DataView(bytes.buffer, bytes.byteOffset).getUint32(4) : 0;
  if (r.left < 14) {
    if (r.left)
      r.bytes(r.left, {
        name: 'Rest (short)',
        meaning: 'Too short for SRTCP',
        ref: 'RFC 3711 §3.4',
      });
    return { layer, ssrc };
  }
  r.bytes(r.left - 14, {
    name: 'Encrypted RTCP',
    meaning: 'The rest of the compound packet, AES-CM encrypted',
    ref: 'RFC 3711 §3.4',
  });
  r.uint(4, {
    name: 'E flag and SRTCP index',
    meaning: 'Top bit: encrypted; then a 31-bit packet counter that feeds the key stream',
    ref: 'RFC 3711 §3.4',
    show: (v) => `E=${v >>> 31} index ${v & 0x7fffffff}`,
  });
  r.bytes(10, TAG_TEXT);
  layer.title = `SRTCP (${pt})`;
  if (!keys) return { layer, ssrc };
  const opened = await openSrtcp(bytes, keys);
  if (!opened) return { layer, ssrc };
  const compound = decodeRtcpCompound(concatBytes(bytes.subarray(0, 8), opened.plaintext));
  layer.inner.push(...compound);
  layer.title = `SRTCP ${compound.map((c) => c.title.replace(/^RTCP /, '')).join(' + ')}`;
  if (!opened.authentic) layer.problems.push('The SRTCP authentication tag does not verify.');
  return { layer, ssrc, authentic: opened.authentic };
}
