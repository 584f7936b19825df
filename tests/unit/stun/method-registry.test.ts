import { describe, expect, it } from 'vitest';
import { lookupStunMethod, STUN_METHODS, stunMethodCode } from '~/lib/stun/method-registry';

describe('lookupStunMethod', () => {
  it('finds the TURN methods of RFC 8656 and nothing for an unassigned code', () => {
    expect(STUN_METHODS.map((m) => [m.code, m.name])).toEqual([
      [1, 'Binding'],
      [3, 'Allocate'],
      [4, 'Refresh'],
      [6, 'Send'],
      [7, 'Data'],
      [8, 'CreatePermission'],
      [9, 'ChannelBind'],
    ]);
    expect(lookupStunMethod(0x00a)).toBeUndefined();
  });
});

describe('stunMethodCode', () => {
  it('reads a method code from the table by name', () => {
    expect(stunMethodCode('Binding')).toBe(0x001);
    expect(stunMethodCode('ChannelBind')).toBe(0x009);
  });
});
