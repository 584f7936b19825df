// The values of error responses: ERROR-CODE (RFC 8489 §14.8) and UNKNOWN-ATTRIBUTES (§14.13).
import type { StunValueCodec } from '../value-codec';
import { fixedBytes, viewOf } from '../value-codec';
import { utf8Decode, utf8Encode } from '../webcrypto';

/** ERROR-CODE: 21 reserved bits, a 3-bit class (hundreds), an 8-bit number, a UTF-8 reason. */
export const ERROR_CODE_CODEC: StunValueCodec<'error-code'> = {
  kind: 'error-code',
  decode(bytes) {
    if (bytes.length < 4)
      return { error: `ERROR-CODE needs at least 4 bytes, found ${bytes.length}.` };
    const errorClass = (bytes[2] as number) & 0x07;
    const number = bytes[3] as number;
    const code = errorClass * 100 + number;
    const reason = utf8Decode(bytes.subarray(4)).text;
    const fields = [
      { offset: 2, length: 1, name: 'class', value: String(errorClass) },
      { offset: 3, length: 1, name: 'number', value: String(number) },
      { offset: 4, length: bytes.length - 4, name: 'reason', value: reason },
    ];
    const bad = errorClass < 3 || errorClass > 6 || number > 99;
    return {
      value: { kind: 'error-code', code, reason },
      fields,
      ...(bad ? { warning: `Code ${code} is outside 300..699 (RFC 8489 §14.8).` } : {}),
    };
  },
  encode(value) {
    const reason = utf8Encode(value.reason);
    const bytes = new Uint8Array(4 + reason.length);
    bytes[2] = Math.floor(value.code / 100) & 0x07;
    bytes[3] = value.code % 100;
    bytes.set(reason, 4);
    return bytes;
  },
  format: (value) => `${value.code} ${value.reason}`,
  example: { kind: 'error-code', code: 401, reason: 'Unauthorized' },
};

/** UNKNOWN-ATTRIBUTES: a list of 16-bit attribute types. */
export const ATTRIBUTE_LIST_CODEC: StunValueCodec<'attribute-list'> = {
  kind: 'attribute-list',
  decode(bytes) {
    if (bytes.length % 2 !== 0) return { error: 'A list of attribute types has an even length.' };
    const view = viewOf(bytes);
    const types = Array.from({ length: bytes.length / 2 }, (_, i) => view.getUint16(2 * i));
    return { value: { kind: 'attribute-list', types }, fields: [] };
  },
  encode: (value) =>
    fixedBytes(2 * value.types.length, (view) =>
      value.types.forEach((type, i) => view.setUint16(2 * i, type)),
    ),
  format: (value) => value.types.map((t) => `0x${t.toString(16).padStart(4, '0')}`).join(', '),
  example: { kind: 'attribute-list', types: [0x7f00, 0x0031] },
};
