import { describe, expect, it } from 'vitest';
import { parseHex } from '~/lib/hex';
import { explainXorAddress } from '~/lib/stun/xor-explanation';
import { TRANSACTION_ID } from './rfc5769-vectors';

describe('explainXorAddress', () => {
  it('writes out the RFC 5769 §2.2 arithmetic: a147 xor 2112 = 8055 (32853), e112a643 xor 2112a442 = c0000201', () => {
    const steps = explainXorAddress(parseHex('00 01 a1 47 e1 12 a6 43').bytes, TRANSACTION_ID);
    expect(steps).toEqual([
      expect.objectContaining({
        field: 'port',
        wireHex: 'a147',
        maskHex: '2112',
        resultHex: '8055',
        result: '32853',
      }),
      expect.objectContaining({
        field: 'address',
        wireHex: 'e112a643',
        maskHex: '2112a442',
        resultHex: 'c0000201',
        result: '192.0.2.1',
      }),
    ]);
  });

  it('uses cookie and transaction ID for the IPv6 address of §2.3', () => {
    const steps = explainXorAddress(
      parseHex('00 02 a1 47 01 13 a9 fa a5 d3 f1 79 bc 25 f4 b5 be d2 b9 d9').bytes,
      TRANSACTION_ID,
    );
    expect(steps?.[1]).toMatchObject({
      maskHex: '2112a442b7e7a701bc34d686fa87dfae',
      result: '2001:db8:1234:5678:11:2233:4455:6677',
    });
  });

  it('returns undefined for a malformed value', () => {
    expect(explainXorAddress(new Uint8Array([0, 1, 2]), TRANSACTION_ID)).toBeUndefined();
  });
});
