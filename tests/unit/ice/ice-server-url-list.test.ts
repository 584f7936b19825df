import { describe, expect, it } from 'vitest';
import { parseIceServerUrlList } from '~/lib/ice/ice-server-url-list';

describe('parseIceServerUrlList', () => {
  it('gives no URL and no diagnostic for empty input (the labs default to no server)', () => {
    expect(parseIceServerUrlList('')).toEqual({ urls: [], diagnostics: [] });
    expect(parseIceServerUrlList('   ')).toEqual({ urls: [], diagnostics: [] });
  });

  it('accepts STUN and TURN URLs with host names, IPv4 and bracketed IPv6 literals', () => {
    const text =
      'stun:127.0.0.1:9, turn:turn.example.org:3478?transport=tcp turns:[::1]:5349 stun:stun.example.net';
    expect(parseIceServerUrlList(text)).toEqual({
      urls: [
        'stun:127.0.0.1:9',
        'turn:turn.example.org:3478?transport=tcp',
        'turns:[::1]:5349',
        'stun:stun.example.net',
      ],
      diagnostics: [],
    });
  });

  it('explains what is wrong with each piece that is not a server URL, where it is', () => {
    const text = 'http://example.org <script> stun:host:70000 stun:h?transport=udp';
    const { urls, diagnostics } = parseIceServerUrlList(text);
    expect(urls).toEqual([]);
    expect(diagnostics).toHaveLength(4);
    expect(diagnostics.every((d) => d.severity === 'error')).toBe(true);
    expect(diagnostics[0]?.message).toContain('“http://example.org”');
    expect(diagnostics[0]?.message).toContain('not a web address');
    expect(diagnostics[1]?.message).toContain('“<script>”: That is not a STUN or TURN URL');
    expect(diagnostics[2]?.message).toContain('port 70000');
    expect(diagnostics[2]?.span).toEqual({ unit: 'char', start: 38, length: 5 });
    expect(diagnostics[3]?.message).toContain('?transport=');
  });

  it('keeps at most eight URLs and never throws on odd input', () => {
    const many = Array.from({ length: 10 }, (_, i) => `stun:h${i}`).join(' ');
    const { urls, diagnostics } = parseIceServerUrlList(many);
    expect(urls).toHaveLength(8);
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'warning' })]);
    expect(parseIceServerUrlList(undefined as unknown as string)).toEqual({
      urls: [],
      diagnostics: [],
    });
  });
});
