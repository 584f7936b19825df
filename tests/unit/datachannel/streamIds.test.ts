import { describe, expect, it } from 'vitest';
import {
  dcepParity,
  describeStreamId,
  parityOf,
  readDtlsRole,
} from '../../../src/lib/datachannel/streamIds';

const BROWSER_ROLES = { a: 'server', b: 'client' } as const;

describe('dcepParity', () => {
  it('gives the DTLS client even ids and the server odd ones (RFC 8832 §6)', () => {
    expect(dcepParity('client')).toBe('even');
    expect(dcepParity('server')).toBe('odd');
    expect(dcepParity('unknown')).toBeNull();
  });
});

describe('parityOf', () => {
  it('calls 0 even and 1023 odd', () => {
    expect(parityOf(0)).toBe('even');
    expect(parityOf(1023)).toBe('odd');
  });
});

describe('readDtlsRole', () => {
  it('keeps client and server and turns anything else into unknown', () => {
    expect(readDtlsRole('client')).toBe('client');
    expect(readDtlsRole('unknown')).toBe('unknown');
    expect(readDtlsRole(undefined)).toBe('unknown');
  });
});

describe('describeStreamId', () => {
  it('says the offerer, DTLS server, picked an odd id through DCEP', () => {
    const rule = describeStreamId(1, false, BROWSER_ROLES);
    expect(rule).toMatchObject({ parity: 'odd', sameParityAs: 'A', follows: true });
    expect(rule.sentence).toContain('had to pick an odd id, and got 1');
  });

  it('flags a DCEP id of the wrong parity', () => {
    expect(describeStreamId(2, false, BROWSER_ROLES).follows).toBe(false);
  });

  it('names the peer whose DCEP ids a negotiated even id shares', () => {
    const rule = describeStreamId(6, true, BROWSER_ROLES);
    expect(rule).toMatchObject({ parity: 'even', sameParityAs: 'B', follows: true });
    expect(rule.sentence).toContain('peer B, the DTLS client');
  });

  it('says so when the roles are not known', () => {
    const rule = describeStreamId(3, true, { a: 'unknown', b: 'unknown' });
    expect(rule.sameParityAs).toBeNull();
    expect(rule.sentence).toContain('did not report the DTLS roles');
  });
});
