import { describe, expect, it } from 'vitest';
import { readSdpFixtures } from './fixture-files';
import {
  decodeCompactDescription,
  encodeCompactDescription,
  looksCompact,
  type CarriedType,
} from '../../../src/lib/sdp/compactDescription';
import { decodeBase64url, encodeBase64url } from '../../../src/lib/sdp/base64url';

const fixtures = readSdpFixtures().map(({ name, text }) => ({
  name,
  sdp: text,
  type: (name.includes('-answer') ? 'answer' : 'offer') as CarriedType,
}));

/** The fixture as the receiver gets it: only the two OMITTED kinds of line are gone. */
function withoutOmittedLines(sdp: string): string {
  const sections = sdp.split(/\r\n(?=m=)/);
  return sections
    .map((section, i) =>
      section
        .split('\r\n')
        .filter((line) => !(i === 0 && line === 'a=sendrecv'))
        .filter(
          (line) => !(line === 'a=rtcp:9 IN IP4 0.0.0.0' && section.includes('\r\na=rtcp-mux')),
        )
        .join('\r\n'),
    )
    .join('\r\n');
}

describe('encodeCompactDescription', () => {
  it.each(fixtures)('gives back $name without its omitted lines', async ({ sdp, type }) => {
    const compact = await encodeCompactDescription({ type, sdp });
    const decoded = await decodeCompactDescription(compact);
    expect(decoded).toEqual({ ok: true, description: { type, sdp: withoutOmittedLines(sdp) } });
  });

  it('gives back a data-channel offer of each browser byte for byte', async () => {
    for (const name of ['chromium-gathered-offer.sdp', 'firefox-data-only-offer.sdp']) {
      const { sdp } = fixtures.find((f) => f.name === name)!;
      const decoded = await decodeCompactDescription(
        await encodeCompactDescription({ type: 'offer', sdp }),
      );
      expect(decoded.ok && decoded.description.sdp).toBe(sdp);
    }
  });

  it.each(fixtures)('writes $name in less than 60% of the bytes of its JSON', async (fixture) => {
    const compact = await encodeCompactDescription(fixture);
    const json = JSON.stringify({ type: fixture.type, sdp: fixture.sdp });
    expect(compact.length).toBeLessThan(json.length * 0.6);
    expect(compact).toMatch(new RegExp(`^${fixture.type}:[A-Za-z0-9_-]+$`));
  });

  it('carries an SDP holding control characters without the dictionary', async () => {
    const sdp = 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=\x01odd\r\nt=0 0\r\n';
    const decoded = await decodeCompactDescription(
      await encodeCompactDescription({ type: 'answer', sdp }),
    );
    expect(decoded).toEqual({ ok: true, description: { type: 'answer', sdp } });
  });
});

describe('decodeCompactDescription', () => {
  it('reads a compact text wrapped over several lines with spaces around', async () => {
    const sdp = fixtures[0]!.sdp;
    const compact = await encodeCompactDescription({ type: 'offer', sdp });
    const wrapped = `  ${compact.slice(0, 40)}\n${compact.slice(40, 90)} \r\n${compact.slice(90)}\n`;
    expect((await decodeCompactDescription(wrapped)).ok).toBe(true);
  });

  it('says a text without the type prefix is not compact', async () => {
    expect(await decodeCompactDescription('hello')).toMatchObject({ problem: 'not-compact' });
  });

  it('says which characters are wrong after the prefix', async () => {
    expect(await decodeCompactDescription('offer:ab$cd')).toMatchObject({
      problem: 'not-base64url',
    });
    expect(await decodeCompactDescription('answer:')).toMatchObject({ problem: 'not-base64url' });
  });

  it('says a compact text cut short when copied is damaged', async () => {
    const compact = await encodeCompactDescription(fixtures[0]!);
    for (const cut of [30, 31, 32, 33]) {
      const decoded = await decodeCompactDescription(compact.slice(0, compact.length - cut));
      expect(decoded).toMatchObject({ ok: false, problem: 'corrupt' });
    }
  });

  it('refuses a format byte it does not know', async () => {
    const text = `offer:${encodeBase64url(new Uint8Array([0x20, 65, 66]))}`;
    expect(await decodeCompactDescription(text)).toMatchObject({ problem: 'newer-format' });
  });

  it('refuses well-formed data that is not a description', async () => {
    const text = `offer:${encodeBase64url(new Uint8Array([0x10, 104, 105]))}`;
    expect(await decodeCompactDescription(text)).toMatchObject({ problem: 'not-sdp' });
  });
});

describe('looksCompact', () => {
  it('recognises both prefixes and nothing else', () => {
    expect(looksCompact(' offer:abc')).toBe(true);
    expect(looksCompact('answer:abc')).toBe(true);
    expect(looksCompact('{"type":"offer"}')).toBe(false);
  });
});

describe('encodeBase64url', () => {
  it('matches RFC 4648 test vectors without padding and round-trips every length', () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    expect(encodeBase64url(bytes('foobar'))).toBe('Zm9vYmFy');
    expect(encodeBase64url(bytes('fooba'))).toBe('Zm9vYmE');
    expect(encodeBase64url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
    for (let n = 0; n < 8; n++) {
      const data = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 200) & 0xff);
      expect(decodeBase64url(encodeBase64url(data))).toEqual(data);
    }
    expect(decodeBase64url('Zm9vYg==')).toEqual(bytes('foob'));
    expect(decodeBase64url('a')).toBeNull();
  });
});
