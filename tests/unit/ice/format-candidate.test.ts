import { describe, expect, it } from 'vitest';
import { parseCandidate } from '~/lib/ice/candidate';
import { formatCandidate } from '~/lib/ice/format-candidate';

describe('formatCandidate', () => {
  it('writes fields in RFC 8839 order with the libwebrtc extensions and unknown ones last', () => {
    const line =
      'candidate:1 1 udp 1686052607 203.0.113.45 58922 typ srflx raddr 0.0.0.0 rport 0 generation 0 ufrag Xk9f network-id 1 network-cost 10 foo bar';
    const candidate = parseCandidate(line).candidate;
    expect(candidate && formatCandidate(candidate)).toBe(line);
  });

  it('puts tcptype after the related address', () => {
    const candidate = parseCandidate(
      'candidate:2 1 tcp 1518280447 192.168.1.23 9 typ host tcptype active',
    ).candidate;
    expect(candidate && formatCandidate(candidate)).toBe(
      'candidate:2 1 tcp 1518280447 192.168.1.23 9 typ host tcptype active',
    );
  });
});
