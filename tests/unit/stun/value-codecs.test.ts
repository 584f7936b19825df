import { describe, expect, it } from 'vitest';
import { STUN_ATTRIBUTES } from '~/lib/stun/attribute-registry';
import { STUN_VALUE_CODECS, stunValueCodec } from '~/lib/stun/attribute-value';
import type { StunValueKind } from '~/lib/stun/attribute-value-types';
import { decodeStunMessage } from '~/lib/stun/decode-message';
import { encodeStunMessage } from '~/lib/stun/encode-message';
import { TRANSACTION_ID } from './rfc5769-vectors';

const KINDS = Object.keys(STUN_VALUE_CODECS) as StunValueKind[];

describe('STUN_VALUE_CODECS', () => {
  it('holds one codec per value kind, each naming its own kind', () => {
    expect(KINDS).toHaveLength(16);
    for (const kind of KINDS) {
      expect(STUN_VALUE_CODECS[kind].kind).toBe(kind);
      expect(STUN_VALUE_CODECS[kind].example.kind).toBe(kind);
    }
  });

  it.each(KINDS)('reads back the %s example it writes, with a rendering for people', (kind) => {
    const codec = stunValueCodec(kind);
    const bytes = codec.encode(codec.example, TRANSACTION_ID);
    const decoded = codec.decode(bytes, TRANSACTION_ID);
    expect(decoded).toMatchObject({ value: codec.example });
    expect('warning' in decoded).toBe(false);
    expect(codec.format(codec.example)).not.toBe('');
  });

  it('gives every sub-field a place inside the value', () => {
    for (const kind of KINDS) {
      const codec = stunValueCodec(kind);
      const bytes = codec.encode(codec.example, TRANSACTION_ID);
      const decoded = codec.decode(bytes, TRANSACTION_ID);
      if ('error' in decoded) throw new Error(decoded.error);
      for (const field of decoded.fields)
        expect(field.offset + field.length, `${kind} ${field.name}`).toBeLessThanOrEqual(
          bytes.length,
        );
    }
  });
});

describe('STUN_ATTRIBUTES codecs', () => {
  it.each(STUN_ATTRIBUTES.map((entry) => [entry.name, entry] as const))(
    '%s round-trips its codec example through a whole encoded and decoded message',
    (_, entry) => {
      const value = entry.codec.example;
      const bytes = encodeStunMessage({
        method: 0x001,
        messageClass: 'request',
        transactionId: TRANSACTION_ID,
        attributes: [{ type: entry.type, value }],
      });
      const { message, diagnostics } = decodeStunMessage(bytes);
      expect(diagnostics).toEqual([]);
      expect(message?.attributes).toHaveLength(1);
      expect(message?.attributes[0]).toMatchObject({ type: entry.type, name: entry.name, value });
    },
  );

  it('decodes every registered attribute from one message, the closing ones last', () => {
    // FINGERPRINT and the integrity attributes would close the message early: keep them last.
    const closing = new Set(['MESSAGE-INTEGRITY', 'MESSAGE-INTEGRITY-SHA256', 'FINGERPRINT']);
    const ordered = [
      ...STUN_ATTRIBUTES.filter((entry) => !closing.has(entry.name)),
      ...STUN_ATTRIBUTES.filter((entry) => closing.has(entry.name)),
    ];
    const attributes = ordered.map((entry) => ({ type: entry.type, value: entry.codec.example }));
    const bytes = encodeStunMessage({
      method: 0x003,
      messageClass: 'request',
      transactionId: TRANSACTION_ID,
      attributes,
    });
    const decoded = decodeStunMessage(bytes).message?.attributes ?? [];
    expect(decoded.map(({ type, value }) => ({ type, value }))).toEqual(attributes);
    expect(decoded.filter((a) => a.ignored).map((a) => a.name)).toEqual([]);
  });
});
