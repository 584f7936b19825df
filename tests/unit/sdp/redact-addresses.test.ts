import { describe, expect, it } from 'vitest';
import { redactSdpAddresses } from '~/lib/sdp/index';
import { readFixtureLines, readSdpFixture, wrapInDescription } from './fixture-files';

describe('redactSdpAddresses', () => {
  it('replaces raw host addresses with documentation addresses and keeps everything else', () => {
    const text = readSdpFixture('chromium-raw-gathered-offer.sdp');
    const redacted = redactSdpAddresses(text);
    expect(redacted).not.toContain('192.0.2.2 60283');
    expect(redacted).toContain('a=candidate:3342474207 1 udp 2113937151 192.0.2.1 60283 typ host');
    expect(redacted).toContain('2001:db8::2 45226');
    expect(redacted.split('\r\n').length).toBe(text.split('\r\n').length);
    expect(redacted.replace(/192\.0\.2\.1|2001:db8::2/g, '')).toBe(
      text.replace(/192\.0\.2\.2|fd00::2/g, ''),
    );
  });

  it('replaces mDNS names, keeping distinct names distinct', () => {
    const redacted = redactSdpAddresses(readSdpFixture('firefox-gathered-offer.sdp'));
    expect(redacted).not.toMatch(/[0-9a-f]{8}-[0-9a-f-]+\.local/);
    expect(redacted).toContain('redacted-0.local');
    expect(redacted).toContain('redacted-1.local');
  });

  it('replaces related addresses of srflx and relay candidates but keeps 0.0.0.0 placeholders', () => {
    const redacted = redactSdpAddresses(wrapInDescription(readFixtureLines('candidates.txt')));
    expect(redacted).not.toContain('203.0.113.7');
    expect(redacted).not.toContain('198.51.100.20');
    expect(redacted).toContain('c=IN IP4 0.0.0.0');
    expect(redacted).toContain('raddr 0.0.0.0 rport 0');
  });

  it('returns text it cannot annotate unchanged', () => {
    expect(redactSdpAddresses('')).toBe('');
    expect(redactSdpAddresses('not sdp\n')).toBe('not sdp\n');
  });

  it('redacts the sdp inside { "type", "sdp" } JSON and keeps the type', () => {
    const json = JSON.stringify({
      type: 'offer',
      sdp: readSdpFixture('chromium-raw-gathered-offer.sdp'),
    });
    const redacted = JSON.parse(redactSdpAddresses(json)) as { type: string; sdp: string };
    expect(redacted.type).toBe('offer');
    expect(redacted.sdp).not.toContain('fd00::2');
  });
});
