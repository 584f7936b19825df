import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spanEnd } from '~/lib/diagnostic';
import { parseCandidate } from '~/lib/ice/candidate';

const CHROMIUM_MDNS_HOST =
  'candidate:3885250869 1 udp 2122260223 4c1b2a3e-9e7d-4f0a-8f51-1a2b3c4d5e6f.local 54400 typ host generation 0 ufrag aB3d network-id 1';

describe('parseCandidate', () => {
  it('reads every field of a Chromium mDNS host candidate', () => {
    const { candidate, diagnostics } = parseCandidate(CHROMIUM_MDNS_HOST);
    expect(diagnostics).toEqual([]);
    expect(candidate).toMatchObject({
      foundation: '3885250869',
      component: 1,
      transport: 'udp',
      priority: 2122260223,
      address: '4c1b2a3e-9e7d-4f0a-8f51-1a2b3c4d5e6f.local',
      addressKind: 'mdns',
      port: 54400,
      type: 'host',
      generation: 0,
      ufrag: 'aB3d',
      networkId: 1,
      extensions: [],
    });
  });

  it('accepts the a= prefix, the bare value and a trailing CRLF alike', () => {
    const body = CHROMIUM_MDNS_HOST.slice('candidate:'.length);
    const expected = parseCandidate(CHROMIUM_MDNS_HOST).candidate;
    expect(parseCandidate(`a=${CHROMIUM_MDNS_HOST}\r\n`).candidate).toEqual(expected);
    expect(parseCandidate(body).candidate).toEqual(expected);
  });

  it('reads raddr, rport and network-cost of a (hand-written, realistic) Chromium srflx candidate', () => {
    const { candidate, diagnostics } = parseCandidate(
      'candidate:842163049 1 udp 1677729535 203.0.113.7 61820 typ srflx raddr 0.0.0.0 rport 0 generation 0 ufrag aB3d network-cost 999',
    );
    expect(diagnostics).toEqual([]);
    expect(candidate).toMatchObject({
      type: 'srflx',
      relatedAddress: '0.0.0.0',
      relatedPort: 0,
      networkCost: 999,
    });
  });

  it('reads tcptype and keeps Firefox upper-case transport as lower-case', () => {
    const { candidate, diagnostics } = parseCandidate(
      'candidate:1 1 TCP 2105524479 192.168.1.20 9 typ host tcptype active',
    );
    expect(diagnostics).toEqual([]);
    expect(candidate).toMatchObject({
      transport: 'tcp',
      tcpType: 'active',
      port: 9,
      addressKind: 'ipv4',
    });
  });

  it('classifies an IPv6 host address', () => {
    expect(
      parseCandidate('candidate:2 1 udp 2122197247 2001:db8::1 50000 typ host').candidate
        ?.addressKind,
    ).toBe('ipv6');
  });

  it('keeps unknown extensions in order', () => {
    const { candidate } = parseCandidate('candidate:1 1 udp 1 10.0.0.1 1 typ host foo bar baz 7');
    expect(candidate?.extensions).toEqual([
      { name: 'foo', value: 'bar' },
      { name: 'baz', value: '7' },
    ]);
  });

  it('gives each field its character range in the input', () => {
    const input = `a=${CHROMIUM_MDNS_HOST}`;
    const { fields } = parseCandidate(input);
    for (const field of fields) expect(input.slice(field.start, field.end)).toBe(field.value);
    expect(fields.map((f) => f.name)).toEqual([
      'foundation',
      'component',
      'transport',
      'priority',
      'address',
      'port',
      'type',
      'generation',
      'ufrag',
      'network-id',
    ]);
  });

  it('reports a truncated line with the missing field and still returns the fields it read', () => {
    const input = 'candidate:1 1 udp 2122260223 192.168.1.2';
    const { candidate, fields, diagnostics } = parseCandidate(input);
    expect(candidate).toBeUndefined();
    expect(fields).toHaveLength(5);
    expect(diagnostics[0]).toMatchObject({
      severity: 'error',
      span: { unit: 'char', start: input.length, length: 0 },
    });
    expect(diagnostics[0]?.message).toMatch(/port is missing/);
  });

  it('reports a keyword without a value', () => {
    const { candidate, diagnostics } = parseCandidate(
      'candidate:1 1 udp 1 10.0.0.1 1 typ host generation',
    );
    expect(candidate).toBeDefined();
    expect(diagnostics.some((d) => d.severity === 'error' && /generation/.test(d.message))).toBe(
      true,
    );
  });

  it('reports a non-numeric priority and a missing typ keyword', () => {
    const { candidate, diagnostics } = parseCandidate(
      'candidate:1 1 udp high 10.0.0.1 1 type host',
    );
    expect(candidate).toBeUndefined();
    expect(diagnostics.map((d) => d.message).join('\n')).toMatch(
      /priority must be a decimal number[\s\S]*Expected "typ"/,
    );
  });

  it('warns about out-of-range component, unknown type and double spaces', () => {
    const { diagnostics } = parseCandidate(
      'candidate:1 300 udp 1 10.0.0.1 1 typ weird  generation 0',
    );
    const messages = diagnostics.map((d) => d.message).join('\n');
    expect(messages).toMatch(/component 300/);
    expect(messages).toMatch(/Unknown candidate type/);
    expect(messages).toMatch(/exactly one space/);
  });

  it('reports an empty input', () => {
    expect(parseCandidate('a=candidate:').diagnostics[0]?.message).toMatch(/Empty/);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = parseCandidate(text);
        for (const d of result.diagnostics) {
          expect(d.span?.unit).toBe('char');
          expect(spanEnd(d.span!)).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
