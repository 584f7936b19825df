import { describe, expect, it } from 'vitest';
import { annotateSdp } from '~/lib/sdp/index';

/** The line's diagnostics, after the session part a media section needs. */
function messagesFor(line: string): string[] {
  const text = `v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\nc=IN IP4 0.0.0.0\r\n${line}\r\n`;
  const annotated = annotateSdp(text).lines[6];
  expect(annotated?.known).toBe(true);
  return annotated?.diagnostics.map((d) => d.message) ?? [];
}

const CHROMIUM_FINGERPRINT =
  'a=fingerprint:sha-256 4C:FF:57:23:92:CA:A2:1E:C4:16:FE:E8:8A:B8:36:44:27:33:52:EC:2E:77:E1:5B:D1:A2:54:3F:E6:76:57:74';

describe('annotateSdp', () => {
  it('keeps real fingerprint, ice, setup, rtpmap, mid and ssrc lines free of diagnostics', () => {
    for (const line of [
      CHROMIUM_FINGERPRINT,
      CHROMIUM_FINGERPRINT.toLowerCase(),
      'a=ice-ufrag:LU8H',
      'a=ice-ufrag:e2b8a9f1',
      'a=ice-pwd:73DH01nbqRWEI/MFIXjUJ+wm',
      'a=setup:actpass',
      'a=rtpmap:111 opus/48000/2',
      'a=mid:0',
      'a=ssrc:2609810345 cname:sAySpRyhYdA0cTEr',
    ])
      expect(messagesFor(line), line).toEqual([]);
  });

  it('flags a fingerprint that is not hex byte pairs, such as a script tag', () => {
    expect(messagesFor('a=fingerprint:sha-256 <script>alert(1)</script>').join()).toContain(
      'is not hex byte pairs',
    );
  });

  it('flags a fingerprint of the wrong length for its hash and an unknown hash name', () => {
    expect(messagesFor('a=fingerprint:sha-256 4C:FF:57').join()).toContain('has 3 bytes');
    expect(messagesFor('a=fingerprint:sha-3 4C:FF:57').join()).toContain('IANA registry');
  });

  it('flags ice-ufrag and ice-pwd with characters outside ice-char or the wrong length', () => {
    expect(messagesFor('a=ice-ufrag:<b>x</b>').join()).toContain('ice-char');
    expect(messagesFor('a=ice-ufrag:abc').join()).toContain('4 to 256');
    expect(messagesFor('a=ice-pwd:short').join()).toContain('22 to 256');
    expect(messagesFor(`a=ice-pwd:${'a'.repeat(257)}`).join()).toContain('257 characters');
  });

  it('flags a setup role that is not one of the four', () => {
    expect(messagesFor('a=setup:server').join()).toContain('actpass or holdconn');
  });

  it('flags an rtpmap whose encoding name, clock rate or channels are malformed', () => {
    expect(messagesFor('a=rtpmap:111 op<us/48000/2').join()).toContain('not a token');
    expect(messagesFor('a=rtpmap:111 opus/48k/2').join()).toContain('clock rate');
    expect(messagesFor('a=rtpmap:111 opus/48000/two').join()).toContain('channels');
    expect(messagesFor('a=rtpmap:128 opus/48000/2').join()).toContain('out of range');
  });

  it('flags a mid that is not a token and an ssrc above 2^32-1', () => {
    expect(messagesFor('a=mid:"0"').join()).toContain('not a token');
    expect(messagesFor('a=ssrc:4294967296 cname:x').join()).toContain('4294967295');
    expect(messagesFor('a=ssrc:99999999999999999999 cname:x').join()).toContain('4294967295');
  });
});
