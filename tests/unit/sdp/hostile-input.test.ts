import { describe, expect, it } from 'vitest';
import { annotateSdp, diagnosticLine, MAX_SDP_BYTES } from '~/lib/sdp/index';
import { readSdpFixture, wrapInDescription } from './fixture-files';

const messagesAt = (text: string, line: number) =>
  annotateSdp(text)
    .lines[line - 1]?.diagnostics.map((d) => d.message)
    .join(' | ') ?? '';
const documentMessages = (text: string) =>
  annotateSdp(text)
    .diagnostics.map((d) => `${diagnosticLine(d) ?? '-'} ${d.message}`)
    .join(' | ');

describe('annotateSdp', () => {
  it('refuses input over the size limit with one clear diagnostic and no lines', () => {
    const annotation = annotateSdp('a'.repeat(MAX_SDP_BYTES + 1));
    expect(annotation.lines).toEqual([]);
    expect(annotation.diagnostics).toHaveLength(1);
    expect(annotation.diagnostics[0]?.message).toContain('256 KiB');
  });

  it('counts the limit in UTF-8 bytes, so 100 Ki three-byte characters are refused', () => {
    expect(annotateSdp('€'.repeat(100 * 1024)).lines).toEqual([]);
    expect(annotateSdp('v=0\r\n'.padEnd(MAX_SDP_BYTES, 'x')).lines.length).toBe(2);
  });

  it('reports a missing v= line and a v= line that is not first', () => {
    expect(documentMessages('o=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n')).toContain(
      'Missing v= line',
    );
    expect(messagesAt('s=-\r\nv=0\r\n', 2)).toContain('v= must be the first line');
  });

  it('reports a repeated v= line, as when two descriptions are pasted together', () => {
    const text =
      readSdpFixture('chromium-data-only-offer.sdp') +
      readSdpFixture('chromium-data-only-answer.sdp');
    expect(messagesAt(text, 18)).toContain('Repeated v= line');
  });

  it('reports missing o=, s= and t= lines', () => {
    const messages = documentMessages('v=0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\n');
    for (const letter of ['o=', 's=', 't=']) expect(messages).toContain(`Missing ${letter}`);
  });

  it('reports lines out of the order RFC 8866 §5 requires, with their line number', () => {
    expect(messagesAt('v=0\r\ns=-\r\no=- 1 2 IN IP4 127.0.0.1\r\nt=0 0\r\n', 3)).toContain(
      'Out of order: o= comes after s=',
    );
    expect(messagesAt(wrapInDescription(['c=IN IP4 0.0.0.0']), 8)).toContain('Out of order');
    expect(messagesAt(wrapInDescription(['t=0 0']), 8)).toContain(
      'only allowed in the session part',
    );
  });

  it('accepts repeated t= and r= pairs in the session part', () => {
    expect(
      documentMessages(
        'v=0\r\no=- 1 2 IN IP4 0.0.0.0\r\ns=-\r\nt=1 2\r\nr=604800 3600 0\r\nt=3 4\r\n',
      ),
    ).toBe('');
  });

  it('reports malformed m-lines: no formats, a port that is not a number, a payload type out of range', () => {
    expect(messagesAt(wrapInDescription([], 'm=video 9 UDP/TLS/RTP/SAVPF'), 5)).toContain(
      'Malformed m= line',
    );
    expect(messagesAt(wrapInDescription([], 'm=video nine UDP/TLS/RTP/SAVPF 96'), 5)).toContain(
      'port "nine"',
    );
    expect(messagesAt(wrapInDescription([], 'm=video 9 UDP/TLS/RTP/SAVPF 96 128'), 5)).toContain(
      'Payload type "128" is out of range',
    );
  });

  it('reports payload types out of range in rtpmap, fmtp and rtcp-fb, and warns about 64-95', () => {
    expect(messagesAt(wrapInDescription(['a=rtpmap:300 VP8/90000']), 8)).toContain('out of range');
    expect(messagesAt(wrapInDescription(['a=fmtp:-1 apt=96']), 8)).toContain('out of range');
    expect(messagesAt(wrapInDescription(['a=rtcp-fb:abc nack']), 8)).toContain('out of range');
    expect(messagesAt(wrapInDescription(['a=rtpmap:72 VP8/90000']), 8)).toContain('RFC 5761 §4');
  });

  it('reports a truncated candidate and still shows the fields it has', () => {
    const annotation = annotateSdp(wrapInDescription(['a=candidate:1 1 udp 2122260223 192.0.2.2']));
    const line = annotation.lines[7];
    expect(line?.known).toBe(true);
    expect(line?.diagnostics.map((d) => d.message).join()).toContain('Truncated');
    expect(line?.fields.map((f) => f.name)).toContain('address');
  });

  it('reports NUL and control bytes with their column', () => {
    expect(messagesAt('v=0\r\ns=a\u0000b\r\n', 2)).toContain('NUL byte at column 4');
    expect(messagesAt('v=0\r\ns=a\u0007b\r\n', 2)).toContain('Control character 0x07 at column 4');
  });

  it('reports upper-case type letters and attribute names, and indented lines', () => {
    expect(messagesAt('V=0\r\n', 1)).toContain('Upper-case type letter');
    expect(messagesAt(wrapInDescription(['a=RTCP-MUX']), 8)).toContain('written "rtcp-mux"');
    expect(messagesAt(wrapInDescription(['  a=rtcp-mux']), 8)).toContain('Indented line');
  });

  it('reports unknown type letters and lines that are not SDP at all', () => {
    const annotation = annotateSdp('v=0\r\nx=1\r\n<script>alert(1)</script>\r\n');
    expect(annotation.lines[1]).toMatchObject({ kind: 'x', known: false });
    expect(annotation.lines[1]?.diagnostics[0]?.message).toContain('Unknown type letter "x"');
    expect(annotation.lines[2]).toMatchObject({
      raw: '<script>alert(1)</script>',
      kind: '',
      known: false,
    });
    expect(annotation.lines[2]?.diagnostics[0]?.message).toContain('Not an SDP line');
  });

  it('keeps HTML in pasted text as plain text in raw and values, never interpreting it', () => {
    const raw = 'a=x-evil:<img src=x onerror=alert(1)>';
    const line = annotateSdp(wrapInDescription([raw])).lines.find((l) => l.raw === raw);
    expect(line).toMatchObject({ name: 'x-evil', known: false });
  });

  it('reports a BUNDLE group naming a mid no section has, and duplicate mids', () => {
    const text = readSdpFixture('chromium-data-only-offer.sdp').replace(
      'a=group:BUNDLE 0',
      'a=group:BUNDLE 0 7',
    );
    expect(documentMessages(text)).toContain('names mid "7"');
    const twice = readSdpFixture('chromium-av-data-offer.sdp').replace('a=mid:1', 'a=mid:0');
    expect(documentMessages(twice)).toContain('Two media sections use mid "0"');
  });

  it('reports invalid JSON and JSON without an sdp string', () => {
    expect(documentMessages('{"type": "offer", "sdp": ')).toContain('not valid JSON');
    expect(annotateSdp('{"type": "offer"}').diagnostics[0]?.message).toContain('no "sdp" string');
    expect(
      annotateSdp('{"type": "banana", "sdp": "v=0\\r\\n"}')
        .diagnostics.map((d) => d.message)
        .join(),
    ).toContain('Unknown description type');
  });

  it('returns an empty annotation with one diagnostic for empty input, and survives non-string input', () => {
    expect(annotateSdp('').diagnostics[0]?.message).toContain('empty');
    expect(() => annotateSdp(undefined as unknown as string)).not.toThrow();
    expect(() => annotateSdp(42 as unknown as string)).not.toThrow();
  });

  it('annotates pathological long lines without hanging', () => {
    const started = performance.now();
    annotateSdp(
      wrapInDescription([
        `a=candidate:${'1 '.repeat(40_000)}`,
        `a=fmtp:96 ${'a=b;'.repeat(20_000)}`,
        `a=extmap:${'/'.repeat(50_000)}`,
        `m=${' '.repeat(50_000)}x`,
      ]),
    );
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
