import { describe, expect, it } from 'vitest';
import { MAX_TURN_URL_LENGTH, formatTurnUrl, parseTurnUrl } from '~/lib/turn/turn-url';

describe('parseTurnUrl', () => {
  it('reads the course’s development URL', () => {
    const result = parseTurnUrl('turn:127.0.0.1:3478?transport=udp');
    expect(result).toEqual({
      ok: true,
      url: { scheme: 'turn', host: '127.0.0.1', port: 3478, transport: 'udp', loopback: true },
      warnings: [],
    });
  });

  it('fills in the default ports of RFC 7065: 3478 for turn, 5349 for turns', () => {
    expect(parseTurnUrl('turn:localhost')).toMatchObject({
      ok: true,
      url: { port: 3478, transport: undefined },
    });
    expect(parseTurnUrl('turns:turn.example.org?transport=tcp')).toMatchObject({
      ok: true,
      url: { port: 5349 },
    });
  });

  it('reads bracketed IPv6 addresses', () => {
    expect(parseTurnUrl('turn:[::1]:3478')).toMatchObject({
      ok: true,
      url: { host: '::1', loopback: true },
    });
  });

  it('warns that a server which is not on this machine will be contacted', () => {
    const result = parseTurnUrl('turn:turn.example.org:443?transport=tcp');
    expect(result.ok && result.warnings.join(' ')).toMatch(/turn\.example\.org/);
  });

  it('warns about TLS over UDP', () => {
    const result = parseTurnUrl('turns:127.0.0.1:5349?transport=udp');
    expect(result.ok && result.warnings.join(' ')).toMatch(/TLS/);
  });

  it.each([
    ['', /Type the TURN/],
    ['stun:127.0.0.1:3478', /STUN URL/],
    ['http://127.0.0.1:3478', /starts with turn:/],
    ['turn://127.0.0.1:3478', /no “\/\/”/],
    ['turn:127.0.0.1:0', /1 to 65535/],
    ['turn:127.0.0.1:99999', /1 to 65535/],
    ['turn:127.0.0.1:34x', /not a number/],
    ['turn:127.0.0.1:3478?transport=sctp', /transport=udp or \?transport=tcp/],
    ['turn:127.0.0.1:3478?transport=udp?x', /more than one/],
    ['turn::3478', /no host/],
    ['turn:::1:3478', /brackets/],
    ['turn:[::1:3478', /closing/],
    ['turn:999.1.1.1:3478', /not a host name/],
    ['turn:<script>:3478', /not a host name/],
  ])('refuses %j with a reason', (input, reason) => {
    const result = parseTurnUrl(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(reason);
  });

  it('refuses overlong input and never throws on odd values', () => {
    expect(parseTurnUrl(`turn:${'a'.repeat(MAX_TURN_URL_LENGTH)}`).ok).toBe(false);
    expect(parseTurnUrl(undefined as unknown as string).ok).toBe(false);
    expect(parseTurnUrl('\u0000turn:\u202e').ok).toBe(false);
  });
});

describe('formatTurnUrl', () => {
  it('writes the port explicitly and brackets IPv6 hosts', () => {
    const a = parseTurnUrl('turn:localhost');
    const b = parseTurnUrl('turn:[::1]?transport=tcp');
    expect(a.ok && formatTurnUrl(a.url)).toBe('turn:localhost:3478');
    expect(b.ok && formatTurnUrl(b.url)).toBe('turn:[::1]:3478?transport=tcp');
  });
});
