import { describe, expect, it } from 'vitest';
import {
  checkCoturnSettings,
  coturnArguments,
  DEV_TURN_SERVER,
} from '../../../src/lib/turn/coturn';

describe('coturnArguments with a shared secret', () => {
  it('asks for time-limited credentials instead of the development user', () => {
    const args = coturnArguments({ ...DEV_TURN_SERVER, secret: 's3cret-value' }, '/tmp/x');
    expect(args).toContain('--use-auth-secret');
    expect(args).toContain('--static-auth-secret=s3cret-value');
    expect(args.some((a) => a.startsWith('--user='))).toBe(false);
  });

  it('keeps loopback peers refused when it listens on a LAN address', () => {
    const lan = { ...DEV_TURN_SERVER, address: '192.168.1.20', lan: true, secret: 'abcdefgh' };
    expect(checkCoturnSettings(lan)).toEqual([]);
    expect(coturnArguments(lan, '/tmp/x')).not.toContain('--allow-loopback-peers');
    expect(coturnArguments(DEV_TURN_SERVER, '/tmp/x')).toContain('--allow-loopback-peers');
  });

  it('refuses a LAN address without the classroom flag, and a short secret', () => {
    expect(checkCoturnSettings({ ...DEV_TURN_SERVER, address: '192.168.1.20' })).toHaveLength(1);
    expect(checkCoturnSettings({ ...DEV_TURN_SERVER, secret: 'short' })).toHaveLength(1);
  });
});
