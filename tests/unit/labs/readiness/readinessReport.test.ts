// The readiness lab's report: codec names as Chromium and Firefox list them, the API table,
// and what a host candidate's address says about mDNS.
import { describe, expect, it } from 'vitest';
import {
  API_NAMES,
  apiRows,
  codecNames,
  describeHostAddress,
  hidesHostAddress,
} from '~/components/labs/readiness/readinessReport';
import type { WebRtcSupport } from '~/rtc/support';

const ALL_PRESENT: WebRtcSupport = {
  peerConnection: true,
  dataChannel: true,
  getUserMedia: true,
  senderCapabilities: true,
  setCodecPreferences: true,
  getStats: true,
  encodedTransforms: true,
};

describe('codecNames', () => {
  it('drops the media type and lists a codec with several profiles once, in the browser order', () => {
    const video = [
      { mimeType: 'video/VP8' },
      { mimeType: 'video/rtx' },
      { mimeType: 'video/H264' },
      { mimeType: 'video/H264' },
      { mimeType: 'video/AV1' },
    ];
    expect(codecNames(video)).toEqual(['VP8', 'rtx', 'H264', 'AV1']);
  });

  it('keeps the case the browser wrote', () => {
    expect(codecNames([{ mimeType: 'audio/opus' }, { mimeType: 'audio/PCMU' }])).toEqual([
      'opus',
      'PCMU',
    ]);
  });

  it('lists nothing when the browser reports no codecs', () => {
    expect(codecNames([])).toEqual([]);
  });
});

describe('apiRows', () => {
  it('gives one row per API, named as a learner writes it', () => {
    const rows = apiRows({ ...ALL_PRESENT, encodedTransforms: false });
    expect(rows).toHaveLength(Object.keys(API_NAMES).length);
    expect(rows[0]).toEqual({ name: 'RTCPeerConnection', present: true });
    expect(rows.at(-1)).toEqual({
      name: 'RTCRtpScriptTransform (encoded transforms)',
      present: false,
    });
  });
});

describe('hidesHostAddress', () => {
  it('is true for the random .local name Chromium puts in host candidates', () => {
    expect(hidesHostAddress('2852ca06-f41c-42a9-b85a-71667e33d90a.local')).toBe(true);
  });

  it('is false for an IPv4 or IPv6 address shown as it is', () => {
    expect(hidesHostAddress('192.168.1.23')).toBe(false);
    expect(hidesHostAddress('fe80::1')).toBe(false);
  });

  it('is false when gathering ended without a host candidate, and unknown before', () => {
    expect(hidesHostAddress('')).toBe(false);
    expect(hidesHostAddress(null)).toBeNull();
  });
});

describe('describeHostAddress', () => {
  it('says whether host addresses are hidden, visible, or not gathered at all', () => {
    expect(describeHostAddress('abc.local')).toBe('host addresses are hidden behind mDNS names');
    expect(describeHostAddress('10.0.0.2')).toBe('host addresses are visible');
    expect(describeHostAddress('')).toBe('no host candidate was gathered');
  });
});
