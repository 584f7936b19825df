import { describe, expect, it } from 'vitest';
import { annotateSdp } from '~/lib/sdp/index';
import { wrapInDescription } from './fixture-files';

describe('annotateSdp', () => {
  it('knows the ICE-TCP profile TCP/DTLS/RTP/SAVPF of JSEP and does not flag it as unknown', () => {
    const mLine = 'm=video 9 TCP/DTLS/RTP/SAVPF 96 97';
    const text = wrapInDescription(['a=rtpmap:97 rtx/90000', 'a=fmtp:97 apt=96'], mLine);
    const line = annotateSdp(text).lines.find((l) => l.raw === mLine);
    expect(line?.known).toBe(true);
    expect(line?.diagnostics).toEqual([]);
    expect(line?.fields.find((f) => f.name === 'proto')).toMatchObject({
      value: 'TCP/DTLS/RTP/SAVPF',
      meaning: expect.stringContaining('RFC 9429 §5.1.2'),
    });
  });

  it('no longer lists the non-existent TCP/TLS/RTP/SAVPF as a known profile', () => {
    const mLine = 'm=video 9 TCP/TLS/RTP/SAVPF 96';
    const line = annotateSdp(wrapInDescription([], mLine)).lines.find((l) => l.raw === mLine);
    expect(line?.diagnostics.map((d) => d.message).join(' ')).toContain('Unknown protocol');
  });
});
