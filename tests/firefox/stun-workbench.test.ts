import { expect } from 'vitest';
import {
  act,
  alertText,
  field,
  fieldBecomes,
  input,
  openLab,
  rows,
  runPreset,
  stateOf,
  text,
  openPeerConnections,
} from './labContract';
import { describeInFirefox, firefoxTest } from './suite';

const CHAPTER = '/chapters/stun/';
const ID = 'stun-workbench';

describeInFirefox('stun-workbench lab in Firefox', () => {
  firefoxTest('decodes the RFC 5769 IPv4 and IPv6 responses and a wrong password', async (page) => {
    expect(await runPreset(page, CHAPTER, ID, { example: '2.2' })).toBe('done');
    expect(await field(page, ID, 'message-type')).toBe('0x0101');
    expect(await field(page, ID, 'transaction-id')).toBe('b7e7a701bc34d686fa87dfae');
    expect(await field(page, ID, 'xor-mapped-address')).toBe('192.0.2.1:32853');
    expect(await field(page, ID, 'integrity-valid')).toBe('true');
    expect(await field(page, ID, 'fingerprint-valid')).toBe('true');
    expect((await rows(page, ID, 'attribute')).length).toBe(4);

    expect(await runPreset(page, CHAPTER, ID, { example: '2.2', password: 'wrong' })).toBe('done');
    expect(await field(page, ID, 'integrity-valid')).toBe('false');
    expect(await text(page, ID, '[data-field="integrity-valid"]')).toContain('does not match');
    expect(await field(page, ID, 'fingerprint-valid')).toBe('true');

    expect(await runPreset(page, CHAPTER, ID, { example: '2.3' })).toBe('done');
    expect(await field(page, ID, 'xor-mapped-address')).toBe(
      '[2001:db8:1234:5678:11:2233:4455:6677]:32853',
    );
    await act(page, ID, 'reset');
    expect(await stateOf(page, ID, '^idle$')).toBe('idle');
    expect(await openPeerConnections(page)).toBe(0);
  });

  firefoxTest(
    'the preselected sample is decoded on arrival, and another decodes once chosen',
    async (page) => {
      await openLab(page, CHAPTER, ID);
      expect(await stateOf(page, ID, '^done$')).toBe('done');
      expect(await field(page, ID, 'xor-mapped-address')).toBe('192.0.2.1:32853');
      await input(page, ID, 'example', '2.3');
      expect(await fieldBecomes(page, ID, 'xor-mapped-address', /^\[2001:db8:/)).toContain(
        '4455:6677]:32853',
      );
      expect(await stateOf(page, ID, '^done$')).toBe('done');
    },
  );

  firefoxTest('a truncated message names the byte where it breaks', async (page) => {
    const truncated = '0x01 0x01 0x00 0x3c 21:12:a4:42 b7e7a701bc34d686fa87dfae\n80 22 00 0b 74 65';
    expect(await runPreset(page, CHAPTER, ID, { hex: truncated })).toBe('error');
    const alert = await alertText(page, ID);
    expect(alert).toContain('Byte 2 (0x02): Truncated');
    expect(alert).toMatch(/Byte 22 \(0x16\): Truncated: SOFTWARE announces 11 bytes/);
    expect(await field(page, ID, 'message-type')).toBe('0x0101');
  });
});
