import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readIceCredentials } from '~/lib/ice/ice-credentials';

const sdp = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../../fixtures/sdp', name), 'utf8');

describe('readIceCredentials', () => {
  it('reads the ufrag and password of a real Chromium offer', () => {
    expect(readIceCredentials(sdp('chromium-ice-restart-initial-offer.sdp'))).toEqual({
      ufrag: 'IrrX',
      pwd: 'B+83mpz+vIV9f+ozo49r0Dst',
    });
  });

  it('sees both change in the offer of an ICE restart', () => {
    const before = readIceCredentials(sdp('chromium-ice-restart-initial-offer.sdp'));
    const after = readIceCredentials(sdp('chromium-ice-restart-offer.sdp'));
    expect(after?.ufrag).not.toBe(before?.ufrag);
    expect(after?.pwd).not.toBe(before?.pwd);
  });

  it('reads a Firefox offer too', () => {
    expect(readIceCredentials(sdp('firefox-ice-restart-offer.sdp'))?.ufrag).toMatch(
      /^[0-9a-f]{8}$/,
    );
  });

  it('gives undefined when a credential is missing, and never throws on odd input', () => {
    expect(readIceCredentials('v=0\r\na=ice-ufrag:abcd\r\n')).toBeUndefined();
    expect(readIceCredentials('')).toBeUndefined();
    expect(readIceCredentials(undefined as unknown as string)).toBeUndefined();
  });
});
