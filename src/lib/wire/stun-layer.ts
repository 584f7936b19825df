// A STUN datagram as a wire layer: the course's STUN decoder (src/lib/stun) does the reading; this
// adds each segment's meaning and RFC section from the header table and the attribute registry.
import { STUN_ATTRIBUTES } from '../stun/attribute-registry';
import { decodeStunMessage } from '../stun/decode-message';
import { newLayer, type WireLayer } from './types';

const HEADER: Readonly<Record<string, string>> = {
  'message-type':
    'Method and class: a Binding request checks a candidate pair, the success response answers it',
  'message-length': 'Bytes of attributes after the 20-byte header',
  'magic-cookie':
    'Always 0x2112a442: tells STUN apart from older protocols and salts XOR-MAPPED-ADDRESS',
  'transaction-id': 'Random; pairs a response with its request',
};

/** Decode a STUN datagram into a layer; never throws. */
export function decodeStunLayer(bytes: Uint8Array): WireLayer {
  const { message, segments, diagnostics } = decodeStunMessage(bytes);
  const layer = newLayer('stun', message ? `STUN ${message.description}` : 'STUN', bytes);
  for (const s of segments) {
    const entry = s.attribute ? lookupStunAttributeByName(s.attribute) : undefined;
    const meaning =
      HEADER[s.kind] ??
      (s.kind === 'padding'
        ? 'Zero bytes up to a multiple of 4'
        : s.kind === 'attribute-type' || s.kind === 'attribute-length'
          ? `The ${s.attribute} attribute's ${s.kind === 'attribute-type' ? 'type code' : 'value length'}`
          : (entry?.summary ?? s.kind));
    const ref =
      s.kind in HEADER
        ? 'RFC 8489 §5'
        : s.kind === 'padding' || (s.kind.startsWith('attribute-') && !entry)
          ? 'RFC 8489 §14'
          : (entry?.rfc ?? 'RFC 8489 §14');
    layer.fields.push({ name: s.name, start: s.start, end: s.end, value: s.value, meaning, ref });
  }
  for (const d of diagnostics) if (d.severity === 'error') layer.problems.push(d.message);
  return layer;
}

function lookupStunAttributeByName(name: string) {
  return STUN_ATTRIBUTES.find((entry) => entry.name === name);
}
