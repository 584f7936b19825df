// What a DATA chunk carries for a data channel: a DCEP message (PPID 50, RFC 8832 §5) or the
// application's message (PPID 51 string, 53 binary, RFC 8831).
import { ByteReader } from './byte-reader';
import { utf8Decode } from '../stun/webcrypto';
import { newLayer, type WireLayer } from './types';

const CHANNEL_TYPES: Readonly<Record<number, string>> = {
  0x00: 'DATA_CHANNEL_RELIABLE',
  0x80: 'DATA_CHANNEL_RELIABLE_UNORDERED',
  0x01: 'DATA_CHANNEL_PARTIAL_RELIABLE_REXMIT',
  0x81: 'DATA_CHANNEL_PARTIAL_RELIABLE_REXMIT_UNORDERED',
  0x02: 'DATA_CHANNEL_PARTIAL_RELIABLE_TIMED',
  0x82: 'DATA_CHANNEL_PARTIAL_RELIABLE_TIMED_UNORDERED',
};

const text = (_: number, b: Uint8Array) => JSON.stringify(utf8Decode(b).text);

/** Decode the user data of one DATA chunk on `stream` with payload protocol `ppid`. */
export function decodeDcep(bytes: Uint8Array, ppid: number, stream: number): WireLayer {
  if (ppid !== 50) {
    const layer = newLayer(
      'message',
      ppid === 51 ? `Message on channel ${stream}` : `Binary message on channel ${stream}`,
      bytes,
    );
    const r = new ByteReader(layer);
    r.bytes(r.left, {
      name: ppid === 51 ? 'Text' : 'Bytes',
      meaning: 'What the application passed to send(); no framing of its own',
      ref: 'RFC 8831',
      ...(ppid === 51 ? { show: text } : {}),
    });
    return layer;
  }
  const layer = newLayer('dcep', 'DCEP', bytes);
  const r = new ByteReader(layer);
  const type = r.uint(1, {
    name: 'Message type',
    meaning: '0x03 opens a channel, 0x02 acknowledges it',
    ref: 'RFC 8832 §5.1',
    show: (v) =>
      v === 3
        ? '0x03 DATA_CHANNEL_OPEN'
        : v === 2
          ? '0x02 DATA_CHANNEL_ACK'
          : `0x${v.toString(16)} unassigned`,
  });
  if (type === 2) layer.title = 'DCEP DATA_CHANNEL_ACK';
  if (type !== 3) {
    if (type !== 2) layer.problems.push(`DCEP message type ${type} is not assigned.`);
    if (r.left)
      r.bytes(r.left, {
        name: 'Trailing bytes',
        meaning: 'An ACK is one byte',
        ref: 'RFC 8832 §5.2',
      });
    return layer;
  }
  layer.title = 'DCEP DATA_CHANNEL_OPEN';
  const ref = 'RFC 8832 §5.1';
  r.uint(1, {
    name: 'Channel type',
    meaning: 'Ordered or not, and how reliable',
    ref,
    show: (v) => `0x${v.toString(16).padStart(2, '0')} ${CHANNEL_TYPES[v] ?? 'unassigned'}`,
  });
  r.uint(2, {
    name: 'Priority',
    meaning: 'Relative priority of the channel (256 is "low", the default)',
    ref,
  });
  r.uint(4, {
    name: 'Reliability parameter',
    meaning: 'Retransmissions or milliseconds for partially reliable channels; 0 for reliable',
    ref,
  });
  const labelLength = r.uint(2, { name: 'Label length', meaning: 'Bytes of the label', ref }) ?? 0;
  const protocolLength =
    r.uint(2, { name: 'Protocol length', meaning: 'Bytes of the subprotocol name', ref }) ?? 0;
  r.bytes(labelLength, {
    name: 'Label',
    meaning: 'The name given to createDataChannel()',
    ref,
    show: text,
  });
  if (protocolLength || r.left)
    r.bytes(protocolLength, {
      name: 'Protocol',
      meaning: 'The subprotocol, empty when none',
      ref,
      show: text,
    });
  if (r.left) r.bytes(r.left, { name: 'Trailing bytes', meaning: 'Bytes after the protocol', ref });
  return layer;
}
