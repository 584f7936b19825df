import { describe, expect, it } from 'vitest';
import { isHostName, isIpv4Address, isIpv6Literal } from '~/lib/ice/host-syntax';

describe('isIpv4Address', () => {
  it('accepts dotted quads with parts from 0 to 255', () => {
    expect(isIpv4Address('127.0.0.1')).toBe(true);
    expect(isIpv4Address('255.255.255.255')).toBe(true);
  });
  it('refuses parts over 255, missing parts and leading zeros', () => {
    expect(isIpv4Address('256.0.0.1')).toBe(false);
    expect(isIpv4Address('10.0.1')).toBe(false);
    expect(isIpv4Address('01.2.3.4')).toBe(false);
  });
});

describe('isIpv6Literal', () => {
  it('accepts IPv6 literals, including an embedded IPv4 tail', () => {
    expect(isIpv6Literal('2001:db8::1')).toBe(true);
    expect(isIpv6Literal('::ffff:192.0.2.1')).toBe(true);
  });
  it('refuses text without a colon or with other characters', () => {
    expect(isIpv6Literal('192.0.2.1')).toBe(false);
    expect(isIpv6Literal('2001:db8::g')).toBe(false);
  });
});

describe('isHostName', () => {
  it('accepts DNS names made of valid labels', () => {
    expect(isHostName('stun.example.org')).toBe(true);
    expect(isHostName('localhost')).toBe(true);
  });
  it('refuses labels that start with a hyphen, spaces and empty labels', () => {
    expect(isHostName('-bad.example')).toBe(false);
    expect(isHostName('a b')).toBe(false);
    expect(isHostName('a..b')).toBe(false);
  });
});
