import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIpAddress, parseIpAddress } from '~/lib/stun/ip-address';

describe('parseIpAddress', () => {
  it('reads IPv4 and the IPv6 forms of RFC 4291 §2.2', () => {
    expect(Array.from(parseIpAddress('192.0.2.1') ?? [])).toEqual([192, 0, 2, 1]);
    expect(parseIpAddress('2001:db8::1')?.length).toBe(16);
    expect(parseIpAddress('::')?.every((b) => b === 0)).toBe(true);
    expect(Array.from(parseIpAddress('::ffff:192.0.2.9') ?? []).slice(10)).toEqual([
      0xff, 0xff, 192, 0, 2, 9,
    ]);
    expect(parseIpAddress('[fe80::1%eth0]')?.[15]).toBe(1);
  });

  it('refuses what is not an address', () => {
    for (const text of [
      '',
      '256.0.0.1',
      '1.2.3',
      'a.local',
      '1::2::3',
      '1:2:3:4:5:6:7:8:9',
      '12345::',
    ]) {
      expect(parseIpAddress(text), text).toBeUndefined();
    }
  });
});

describe('formatIpAddress', () => {
  it('writes IPv6 in the RFC 5952 canonical form', () => {
    const cases: [string, string][] = [
      ['2001:0DB8:0000:0000:0001:0000:0000:0001', '2001:db8::1:0:0:1'],
      ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
      ['0:0:0:0:0:0:0:1', '::1'],
      ['1:0:0:0:0:0:0:0', '1::'],
      ['2001:db8:1234:5678:11:2233:4455:6677', '2001:db8:1234:5678:11:2233:4455:6677'],
    ];
    for (const [input, canonical] of cases)
      expect(formatIpAddress(parseIpAddress(input)!)).toBe(canonical);
  });

  it('round-trips any 16 bytes through text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (bytes) => {
        expect(parseIpAddress(formatIpAddress(bytes))).toEqual(bytes);
      }),
    );
  });
});
