import { describe, expect, it } from 'vitest';
import { classifyCandidateAddress } from '~/lib/ice/candidate-address';

describe('classifyCandidateAddress', () => {
  it('tells IPv4, IPv6, mDNS names and other host names apart', () => {
    expect(classifyCandidateAddress('192.0.2.2')).toBe('ipv4');
    expect(classifyCandidateAddress('fd00::2')).toBe('ipv6');
    expect(classifyCandidateAddress('86bf65c9-2078-458b-9b85-03f0e59a957a.local')).toBe('mdns');
    expect(classifyCandidateAddress('turn.example.org')).toBe('hostname');
    expect(classifyCandidateAddress('999.1.1.1')).toBe('hostname');
  });
});
