import { describe, expect, it } from 'vitest';
import {
  decodeAttributeValue,
  encodeAttributeValue,
  formatAttributeValue,
} from '~/lib/stun/attribute-value';
import { TRANSACTION_ID } from './rfc5769-vectors';

describe('decodeAttributeValue', () => {
  it('decodes an ERROR-CODE into code and reason, with its sub-fields', () => {
    const bytes = new Uint8Array([
      0,
      0,
      4,
      1,
      ...'Unauthorized'.split('').map((c) => c.charCodeAt(0)),
    ]);
    const result = decodeAttributeValue('error-code', bytes, TRANSACTION_ID);
    expect(result).toMatchObject({
      value: { kind: 'error-code', code: 401, reason: 'Unauthorized' },
    });
    expect('fields' in result && result.fields.map((f) => f.name)).toEqual([
      'class',
      'number',
      'reason',
    ]);
  });

  it('explains wrong sizes instead of throwing', () => {
    expect(decodeAttributeValue('uint32', new Uint8Array(3), TRANSACTION_ID)).toEqual({
      error: 'This value is 4 bytes long, found 3.',
    });
    expect(decodeAttributeValue('flag', new Uint8Array(1), TRANSACTION_ID)).toMatchObject({
      error: expect.stringMatching(/no value/),
    });
    expect(decodeAttributeValue('hmac-sha256', new Uint8Array(10), TRANSACTION_ID)).toMatchObject({
      error: expect.stringMatching(/16 to 32/),
    });
  });

  it('warns about text that is not UTF-8 and a channel outside 0x4000..0x4FFF', () => {
    expect(decodeAttributeValue('text', new Uint8Array([0xff]), TRANSACTION_ID)).toMatchObject({
      warning: expect.stringMatching(/UTF-8/),
    });
    expect(
      decodeAttributeValue('channel-number', new Uint8Array([0x30, 0, 0, 0]), TRANSACTION_ID),
    ).toMatchObject({ warning: expect.stringMatching(/0x4000/) });
  });
});

describe('encodeAttributeValue', () => {
  it('writes REQUESTED-TRANSPORT as the protocol byte and three reserved zeros', () => {
    expect(
      Array.from(
        encodeAttributeValue({ kind: 'requested-transport', protocol: 17 }, TRANSACTION_ID),
      ),
    ).toEqual([17, 0, 0, 0]);
  });

  it('writes an ERROR-CODE class and number', () => {
    expect(
      Array.from(
        encodeAttributeValue({ kind: 'error-code', code: 438, reason: '' }, TRANSACTION_ID),
      ),
    ).toEqual([0, 0, 4, 38]);
  });
});

describe('formatAttributeValue', () => {
  it('renders addresses, numbers, errors and bytes for people', () => {
    expect(
      formatAttributeValue({
        kind: 'xor-address',
        address: { family: 'IPv6', address: '::1', port: 9 },
      }),
    ).toBe('[::1]:9');
    expect(formatAttributeValue({ kind: 'fingerprint', value: 0xe57a3bcf })).toBe('0xe57a3bcf');
    expect(formatAttributeValue({ kind: 'error-code', code: 401, reason: 'Unauthorized' })).toBe(
      '401 Unauthorized',
    );
    expect(formatAttributeValue({ kind: 'bytes', bytes: new Uint8Array(40) })).toMatch(
      /… \(40 bytes\)$/,
    );
    expect(formatAttributeValue({ kind: 'requested-transport', protocol: 17 })).toBe('UDP');
  });
});
