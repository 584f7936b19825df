import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_MESSAGE_SIZE,
  overLimitSize,
  readMaxMessageSize,
} from '../../../src/lib/datachannel/maxMessageSize';

const SECTION =
  'm=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\nc=IN IP4 0.0.0.0\r\na=sctp-port:5000\r\n';

describe('readMaxMessageSize', () => {
  it('reads the value Chromium writes', () => {
    expect(readMaxMessageSize(`${SECTION}a=max-message-size:262144\r\n`)).toEqual({
      bytes: 262_144,
      announced: true,
    });
  });

  it('reads the value Firefox writes', () => {
    expect(readMaxMessageSize(`${SECTION}a=max-message-size:1073741823\r\n`).bytes).toBe(
      1_073_741_823,
    );
  });

  it('falls back to 64 KiB when the attribute is absent (RFC 8841 §6.1)', () => {
    expect(readMaxMessageSize(SECTION)).toEqual({ bytes: 65_536, announced: false });
    expect(DEFAULT_MAX_MESSAGE_SIZE).toBe(65_536);
  });

  it('keeps 0, which means any size', () => {
    expect(readMaxMessageSize(`${SECTION}a=max-message-size:0\n`)).toEqual({
      bytes: 0,
      announced: true,
    });
  });

  it('treats a malformed value as absent', () => {
    expect(readMaxMessageSize(`${SECTION}a=max-message-size:lots\r\n`).announced).toBe(false);
  });
});

describe('overLimitSize', () => {
  it('is one byte more than the limit', () => {
    expect(overLimitSize(262_144)).toBe(262_145);
  });

  it('is null when there is no limit to go over', () => {
    expect(overLimitSize(0)).toBeNull();
  });
});
