// What the STUN workbench shows for pasted hex, checked on the RFC 5769 samples (whose values the
// RFC gives) and on broken input, where every problem must name its character or byte offset.
import { describe, expect, it } from 'vitest';
import { decodePastedStun } from '~/components/labs/stun-workbench/decodedMessage';
import { MAX_HEX_CHARS } from '~/components/labs/stun-workbench/hexLimit';
import { findRfc5769Example } from '~/lib/stun/rfc5769-examples';

/** An RFC 5769 sample as the workbench loads it: its hex text and its password. */
function sample(section: '2.1' | '2.2' | '2.3' | '2.4') {
  const example = findRfc5769Example(section);
  if (!example) throw new Error(`no RFC 5769 §${section} sample`);
  return example;
}

/** A 20-byte Binding request header announcing `length` bytes of attributes. */
const header = (length: string) =>
  `00 01 ${length} 21 12 a4 42 b7 e7 a7 01 bc 34 d6 86 fa 87 df ae`;

describe('MAX_HEX_CHARS', () => {
  it('leaves room for the largest STUN message written as spaced hex', () => {
    // 20 header bytes + a 16-bit length of attributes, three characters a byte ("ab ").
    expect(MAX_HEX_CHARS).toBeGreaterThanOrEqual((20 + 0xffff) * 3);
  });
});

describe('decodePastedStun', () => {
  it('decodes the header of the §2.2 IPv4 response', async () => {
    const { hex, password } = sample('2.2');
    const view = await decodePastedStun(hex, password);
    expect(view.header).toEqual({
      typeHex: '0x0101',
      description: 'Binding success response',
      methodHex: '0x001',
      messageClass: 'success',
      length: 60,
      cookieHex: '0x2112a442',
      cookieOk: true,
      transactionIdHex: 'b7e7a701bc34d686fa87dfae',
    });
    expect(view.bytes).toHaveLength(80);
    expect(view.errors).toEqual([]);
    expect(view.warnings).toEqual([]);
  });

  it('lists each attribute with its offset, type, RFC, length, padding and value', async () => {
    const { hex, password } = sample('2.2');
    const { attributes } = await decodePastedStun(hex, password);
    expect(attributes.map((a) => [a.offset, a.typeHex, a.name, a.length, a.padding])).toEqual([
      [20, '0x8022', 'SOFTWARE', 11, 1],
      [36, '0x0020', 'XOR-MAPPED-ADDRESS', 8, 0],
      [48, '0x0008', 'MESSAGE-INTEGRITY', 20, 0],
      [72, '0x8028', 'FINGERPRINT', 4, 0],
    ]);
    expect(attributes[1]).toMatchObject({ value: '192.0.2.1:32853', required: true });
    expect(attributes[1]!.rfc).toMatch(/^RFC 8489/);
    expect(attributes[0]).toMatchObject({ value: '"test vector"', required: false });
    expect(attributes.every((a) => !a.ignored)).toBe(true);
  });

  it('shows the IPv4 XOR arithmetic byte by byte against the magic cookie', async () => {
    const { hex, password } = sample('2.2');
    const { xor, mapped } = await decodePastedStun(hex, password);
    expect(xor).toHaveLength(1);
    const [working] = xor;
    expect(working).toMatchObject({ attribute: 'XOR-MAPPED-ADDRESS', family: 'IPv4' });
    expect(working!.port).toMatchObject({ wireHex: 'a147', maskHex: '2112', result: '32853' });
    expect(working!.bytes).toEqual([
      { wire: 'e1', mask: '21', maskFrom: 'cookie byte 1', result: 'c0' },
      { wire: '12', mask: '12', maskFrom: 'cookie byte 2', result: '00' },
      { wire: 'a6', mask: 'a4', maskFrom: 'cookie byte 3', result: '02' },
      { wire: '43', mask: '42', maskFrom: 'cookie byte 4', result: '01' },
    ]);
    expect(mapped).toEqual({
      family: 'IPv4',
      address: '192.0.2.1',
      port: 32853,
      text: '192.0.2.1:32853',
    });
  });

  it('masks an IPv6 address with the cookie, then the transaction ID, and brackets it', async () => {
    const { hex, password } = sample('2.3');
    const { xor, mapped } = await decodePastedStun(hex, password);
    const bytes = xor[0]!.bytes;
    expect(bytes).toHaveLength(16);
    expect(bytes[3]).toMatchObject({ maskFrom: 'cookie byte 4', mask: '42' });
    expect(bytes[4]).toMatchObject({ maskFrom: 'transaction ID byte 1', mask: 'b7' });
    expect(bytes[15]).toMatchObject({ maskFrom: 'transaction ID byte 12', mask: 'ae' });
    expect(mapped).toEqual({
      family: 'IPv6',
      address: '2001:db8:1234:5678:11:2233:4455:6677',
      port: 32853,
      text: '[2001:db8:1234:5678:11:2233:4455:6677]:32853',
    });
  });

  it('checks integrity with the given password and the fingerprint without one', async () => {
    const { hex, password } = sample('2.2');
    const right = await decodePastedStun(hex, password);
    expect(right.check.integrity).toMatchObject({ present: true, checked: true, valid: true });
    expect(right.check.fingerprint).toMatchObject({ present: true, valid: true });
    const wrong = await decodePastedStun(hex, 'not-the-password');
    expect(wrong.check.integrity).toMatchObject({ checked: true, valid: false });
    expect(wrong.check.fingerprint).toMatchObject({ valid: true });
  });

  it('leaves integrity unchecked when the password box is empty', async () => {
    const { hex } = sample('2.1');
    const view = await decodePastedStun(hex, '');
    expect(view.header?.description).toBe('Binding request');
    expect(view.check.integrity).toMatchObject({ present: true, checked: false });
    expect(view.check.fingerprint).toMatchObject({ valid: true });
    expect(view.errors).toEqual([]);
  });

  it('verifies the §2.4 long-term request', async () => {
    const { hex, password } = sample('2.4');
    const view = await decodePastedStun(hex, password);
    expect(view.check.credentials).toBe('long-term');
    expect(view.check.integrity).toMatchObject({ checked: true, valid: true });
  });

  it('lists text that is not hex by its character position, at most four places', async () => {
    const view = await decodePastedStun('hello, this is not a packet', '');
    expect(view.errors[0]).toBe(
      'Not hex, skipped: “h” at character 1, “llo” at character 3, “this” at character 8, “is” at character 13, and 4 more places.',
    );
    expect(view.errors).toContain(
      'Character 26: Odd number of hex digits: the last one was ignored.',
    );
    expect(view.errors.at(-1)).toMatch(/^Byte 0 \(0x00\): Truncated: .*20 bytes/);
    expect(view.header).toBeUndefined();
    expect(view.attributes).toEqual([]);
  });

  it('names the byte where a truncated message breaks and keeps what could be read', async () => {
    const view = await decodePastedStun(`${header('00 3c')}\n80 22 00 0b 74 65`, '');
    expect(view.errors).toHaveLength(2);
    expect(view.errors[0]).toMatch(/^Byte 2 \(0x02\): Truncated/);
    expect(view.errors[1]).toMatch(/^Byte 22 \(0x16\): Truncated: SOFTWARE announces 11 bytes/);
    expect(view.header?.typeHex).toBe('0x0001');
    expect(view.attributes).toEqual([
      expect.objectContaining({ name: 'SOFTWARE', value: '(cut short)', offset: 20 }),
    ]);
    expect(view.xor).toEqual([]);
    expect(view.mapped).toBeUndefined();
  });

  it('reports what does not stop decoding as warnings, located by byte', async () => {
    const unknown = await decodePastedStun(`${header('00 08')} 00 7f 00 04 de ad be ef`, '');
    expect(unknown.errors).toEqual([]);
    expect(unknown.warnings).toEqual([
      expect.stringMatching(/^Byte 20 \(0x14\): Unknown comprehension-required attribute/),
    ]);
    const trailing = await decodePastedStun(`${header('00 00')} ff ff`, '');
    expect(trailing.errors).toEqual([]);
    expect(trailing.warnings).toEqual([expect.stringMatching(/^Byte 20 \(0x14\): 2 bytes follow/)]);
  });

  it('returns an empty view for empty input and never throws', async () => {
    const view = await decodePastedStun('', '');
    expect(view.bytes).toHaveLength(0);
    expect(view.header).toBeUndefined();
    expect(view.attributes).toEqual([]);
  });
});
