import { describe, expect, it } from 'vitest';
import { lookupStunAttribute } from '~/lib/stun/attribute-registry';
import {
  checkAttributeOrder,
  checkDeclaredLength,
  checkTrailingBytes,
} from '~/lib/stun/message-checks';
import type { DecodedStunAttribute, StunByteSegment } from '~/lib/stun/stun-message';

function attribute(type: number, offset: number): DecodedStunAttribute {
  const entry = lookupStunAttribute(type);
  const name = entry?.name ?? `0x${type.toString(16)} (unknown)`;
  const raw = new Uint8Array(0);
  return {
    type,
    name,
    entry,
    offset,
    length: 0,
    raw,
    value: undefined,
    truncated: false,
    ignored: false,
  };
}

describe('checkAttributeOrder', () => {
  it('keeps MESSAGE-INTEGRITY-SHA256 and FINGERPRINT after MESSAGE-INTEGRITY in force', () => {
    const list = [attribute(0x0008, 20), attribute(0x001c, 44), attribute(0x8028, 80)];
    expect(checkAttributeOrder(list)).toEqual([]);
    expect(list.map((a) => a.ignored)).toEqual([false, false, false]);
  });

  it('marks what follows FINGERPRINT, or follows MESSAGE-INTEGRITY otherwise, as ignored', () => {
    const list = [attribute(0x0008, 20), attribute(0x8022, 44), attribute(0x8028, 48)];
    list.push(attribute(0x0006, 56));
    const diagnostics = checkAttributeOrder(list);
    expect(list.map((a) => a.ignored)).toEqual([false, true, false, true]);
    expect(diagnostics.map((d) => [d.severity, d.span?.start])).toEqual([
      ['warning', 44],
      ['warning', 56],
    ]);
    expect(diagnostics[1]?.message).toMatch(/USERNAME comes after FINGERPRINT/);
  });

  it('warns about an unknown comprehension-required type, not about an unknown optional one', () => {
    const diagnostics = checkAttributeOrder([attribute(0x7f00, 20), attribute(0xfe00, 24)]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ span: { unit: 'byte', start: 20, length: 2 } });
    expect(diagnostics[0]?.message).toMatch(/420 Unknown Attribute/);
  });
});

describe('checkDeclaredLength', () => {
  it('points at the length field when the header announces more bytes than there are', () => {
    expect(checkDeclaredLength(new Uint8Array(24), 4)).toEqual([]);
    expect(checkDeclaredLength(new Uint8Array(24), 8)).toEqual([
      {
        severity: 'error',
        message: 'Truncated: the header announces 8 bytes of attributes, only 4 present.',
        span: { unit: 'byte', start: 2, length: 2 },
      },
    ]);
  });
});

describe('checkTrailingBytes', () => {
  it('adds a trailing segment and a warning for bytes after the declared end', () => {
    const segments: StunByteSegment[] = [];
    expect(checkTrailingBytes(new Uint8Array(20), 20, segments)).toEqual([]);
    const diagnostics = checkTrailingBytes(new Uint8Array(23), 20, segments);
    expect(segments).toEqual([
      { kind: 'trailing', name: 'Bytes after the message', start: 20, end: 23, value: '000000' },
    ]);
    expect(diagnostics[0]).toMatchObject({ severity: 'warning', span: { start: 20, length: 3 } });
  });
});
