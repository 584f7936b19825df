import { describe, expect, it } from 'vitest';
import { annotateSdp } from '~/lib/sdp/index';
import { wrapInDescription } from './fixture-files';

const lineOf = (text: string, raw: string) => annotateSdp(text).lines.find((l) => l.raw === raw);
const meaning = (text: string, raw: string, name: string) =>
  lineOf(text, raw)?.fields.find((f) => f.name === name)?.meaning ?? '';

describe('annotateSdp with non-browser attributes', () => {
  it('explains an SDES key as clear text that WebRTC forbids, with its lifetime and MKI', () => {
    const raw =
      'a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz|2^20|1:4';
    const line = lineOf(wrapInDescription([raw]), raw);
    expect(line).toMatchObject({ known: true, rfc: 'RFC 4568' });
    expect(line?.summary).toContain('WebRTC forbids it');
    const key = meaning(wrapInDescription([raw]), raw, 'key params');
    expect(key).toContain('clear text');
    expect(key).toContain('lifetime 2^20');
    expect(key).toContain('identifier 1:4');
  });

  it('reads a PTP grandmaster and domain from a=ts-refclk and a media clock offset from a=mediaclk', () => {
    const clock = 'a=ts-refclk:ptp=IEEE1588-2008:39-A7-94-FF-FE-07-CB-D0:37';
    const media = 'a=mediaclk:direct=0';
    const text = wrapInDescription([clock, media]);
    expect(meaning(text, clock, 'clock source')).toContain(
      'grandmaster 39-A7-94-FF-FE-07-CB-D0, domain 37',
    );
    expect(meaning(text, media, 'media clock')).toContain('offset 0');
  });

  it('explains SMPTE ST 2110-20 format parameters with the raw codec of the section', () => {
    const fmtp =
      'a=fmtp:112 sampling=YCbCr-4:2:2; width=1280; height=720; interlace; exactframerate=60000/1001; PM=2110GPM';
    const text = wrapInDescription(['a=rtpmap:112 raw/90000', fmtp], 'm=video 50000 RTP/AVP 112');
    const fields = lineOf(text, fmtp)?.fields ?? [];
    const byName = (name: string) => fields.find((f) => f.name === name)?.meaning ?? '';
    expect(byName('width')).toBe('1280 pixels wide.');
    expect(byName('exactframerate')).toContain('59.94');
    expect(byName('interlace')).toContain('interlaced');
    expect(byName('PM')).toContain('general packing mode');
  });

  it('names the media streams a BFCP floor controls, in both spellings', () => {
    for (const raw of ['a=floorid:1 mstrm:3', 'a=floorid:1 m-stream:3'])
      expect(meaning(wrapInDescription([raw]), raw, 'streams')).toContain('a=label is 3');
  });

  it('marks vendor attributes as not registered and still says what they are', () => {
    const raw = 'a=x-dimensions:1920,1080';
    const line = lineOf(wrapInDescription([raw]), raw);
    expect(line).toMatchObject({ known: true, rfc: 'RFC 8866 §5.13 (not registered)' });
    expect(line?.summary).toMatch(/^Not registered: /);
  });

  it('still reports lines that are not SDP at all and x- attributes nobody documents', () => {
    const text = `${wrapInDescription(['a=x-course-unknown:1'])}f=1\r\nhello\r\n`;
    const lines = annotateSdp(text).lines;
    expect(lines.find((l) => l.raw === 'a=x-course-unknown:1')?.known).toBe(false);
    expect(lines.find((l) => l.raw === 'f=1')?.diagnostics[0]?.message).toContain(
      'Unknown type letter "f"',
    );
    expect(lines.find((l) => l.raw === 'hello')?.diagnostics[0]?.message).toContain(
      'Not an SDP line',
    );
  });
});
