import { describe, expect, it } from 'vitest';
import { needsTurnCredentials, parseIceServerUrls } from '~/lib/ice/ice-server-urls';

describe('parseIceServerUrls', () => {
  it('gives no URL and no problem for empty input (the labs default to no server)', () => {
    expect(parseIceServerUrls('')).toEqual({ urls: [], problems: [] });
    expect(parseIceServerUrls('   ')).toEqual({ urls: [], problems: [] });
  });

  it('accepts STUN and TURN URLs with host names, IPv4 and bracketed IPv6 literals', () => {
    const text =
      'stun:127.0.0.1:9, turn:turn.example.org:3478?transport=tcp turns:[::1]:5349 stun:stun.example.net';
    expect(parseIceServerUrls(text)).toEqual({
      urls: [
        'stun:127.0.0.1:9',
        'turn:turn.example.org:3478?transport=tcp',
        'turns:[::1]:5349',
        'stun:stun.example.net',
      ],
      problems: [],
    });
  });

  it('explains what is wrong with a piece that is not a server URL', () => {
    const { urls, problems } = parseIceServerUrls(
      'http://example.org <script> stun:host:70000 stun:h?transport=udp',
    );
    expect(urls).toEqual([]);
    expect(problems).toHaveLength(4);
    expect(problems[0]).toContain('not a STUN or TURN URL');
    expect(problems[2]).toContain('port 70000');
    expect(problems[3]).toContain('?transport=');
  });

  it('keeps at most eight URLs and never throws on odd input', () => {
    const many = Array.from({ length: 10 }, (_, i) => `stun:h${i}`).join(' ');
    expect(parseIceServerUrls(many).urls).toHaveLength(8);
    expect(parseIceServerUrls(undefined as unknown as string)).toEqual({ urls: [], problems: [] });
  });
});

describe('needsTurnCredentials', () => {
  it('is true only when a TURN URL is present', () => {
    expect(needsTurnCredentials(['stun:a'])).toBe(false);
    expect(needsTurnCredentials(['stun:a', 'turns:b'])).toBe(true);
  });
});
