import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bytesToBase64, turnRestCredentials } from '../../../src/lib/turn/restCredentials';

describe('turnRestCredentials', () => {
  it('gives the TURN REST username expiry:user and the known HMAC-SHA1 password', async () => {
    // Vector computed with node:crypto (createHmac('sha1', secret).update(username).digest('base64')).
    const got = await turnRestCredentials('classroom-secret', 'learner', 3600, 1_700_000_000_123);
    expect(got).toEqual({
      username: '1700003600:learner',
      credential: 'GLOhe77rWtpIPXkczqnNwn7fF+8=',
      expiresAt: 1_700_003_600,
    });
  });

  it('agrees with node:crypto for random secrets and users', async () => {
    for (let i = 0; i < 20; i += 1) {
      const secret = randomBytes(16).toString('hex');
      const user = `room-${i}`;
      const got = await turnRestCredentials(secret, user, 60 * i, i * 1_000_003);
      const expected = createHmac('sha1', secret).update(got.username).digest('base64');
      expect(got.username).toBe(`${Math.floor((i * 1_000_003) / 1000) + 60 * i}:${user}`);
      expect(got.credential).toBe(expected);
    }
  });
});

describe('bytesToBase64', () => {
  it('pads one and two leftover bytes as RFC 4648 does', () => {
    expect(bytesToBase64(new Uint8Array([1]))).toBe('AQ==');
    expect(bytesToBase64(new Uint8Array([1, 2]))).toBe('AQI=');
    expect(bytesToBase64(new Uint8Array([255, 254, 253]))).toBe('//79');
    expect(bytesToBase64(new Uint8Array([]))).toBe('');
  });
});
