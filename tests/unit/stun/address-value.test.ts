import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAddressValue, encodeAddressValue, xorMask } from '~/lib/stun/address-value';
import { bytesToHex } from '~/lib/hex';
import { TRANSACTION_ID } from './rfc5769-vectors';

describe('encodeAddressValue', () => {
  it('produces the XOR-MAPPED-ADDRESS bytes of RFC 5769 §2.2 and §2.3', () => {
    expect(
      bytesToHex(
        encodeAddressValue({ family: 'IPv4', address: '192.0.2.1', port: 32853 }, TRANSACTION_ID)!,
        ' ',
      ),
    ).toBe('00 01 a1 47 e1 12 a6 43');
    expect(
      bytesToHex(
        encodeAddressValue(
          { family: 'IPv6', address: '2001:db8:1234:5678:11:2233:4455:6677', port: 32853 },
          TRANSACTION_ID,
        )!,
        ' ',
      ),
    ).toBe('00 02 a1 47 01 13 a9 fa a5 d3 f1 79 bc 25 f4 b5 be d2 b9 d9');
  });

  it('writes a plain MAPPED-ADDRESS without a transaction ID', () => {
    expect(
      bytesToHex(encodeAddressValue({ family: 'IPv4', address: '192.0.2.1', port: 32853 })!, ' '),
    ).toBe('00 01 80 55 c0 00 02 01');
  });

  it('returns undefined for a family mismatch or an out-of-range port', () => {
    expect(encodeAddressValue({ family: 'IPv6', address: '192.0.2.1', port: 1 })).toBeUndefined();
    expect(
      encodeAddressValue({ family: 'IPv4', address: '192.0.2.1', port: 70000 }),
    ).toBeUndefined();
  });
});

describe('decodeAddressValue', () => {
  it('inverts encodeAddressValue for IPv4 and IPv6, xored or not', () => {
    const v4 = fc
      .tuple(fc.ipV4(), fc.integer({ min: 0, max: 65535 }))
      .map(([address, port]) => ({ family: 'IPv4' as const, address, port }));
    fc.assert(
      fc.property(v4, fc.uint8Array({ minLength: 12, maxLength: 12 }), (address, tid) => {
        expect(decodeAddressValue(encodeAddressValue(address, tid)!, tid)).toEqual(address);
        expect(decodeAddressValue(encodeAddressValue(address)!)).toEqual(address);
      }),
    );
    const v6 = { family: 'IPv6' as const, address: 'fe80::1:2:3:4', port: 9 };
    expect(decodeAddressValue(encodeAddressValue(v6, TRANSACTION_ID)!, TRANSACTION_ID)).toEqual(v6);
  });

  it('explains a short value, an unknown family and a wrong length', () => {
    expect(decodeAddressValue(new Uint8Array(2))).toMatch(/at least 4/);
    expect(decodeAddressValue(new Uint8Array([0, 3, 0, 0, 1, 2, 3, 4]))).toMatch(
      /Unknown address family 0x03/,
    );
    expect(decodeAddressValue(new Uint8Array([0, 1, 0, 0, 1, 2, 3]))).toMatch(/8 bytes long/);
  });
});

describe('xorMask', () => {
  it('is the cookie for IPv4 and cookie plus transaction ID for IPv6', () => {
    expect(bytesToHex(xorMask('IPv4', TRANSACTION_ID))).toBe('2112a442');
    expect(bytesToHex(xorMask('IPv6', TRANSACTION_ID))).toBe('2112a442b7e7a701bc34d686fa87dfae');
  });
});
