import { describe, expect, it } from 'vitest';
import {
  DEV_TURN_SERVER,
  checkCoturnSettings,
  coturnArguments,
  explainCoturnLine,
  isCoturnNoise,
  turnUrlFor,
} from '~/lib/turn/coturn';

describe('DEV_TURN_SERVER', () => {
  it('listens on loopback port 3478 with the course’s development credentials', () => {
    expect(DEV_TURN_SERVER).toMatchObject({
      address: '127.0.0.1',
      port: 3478,
      username: 'course',
      password: 'course-dev-only',
      realm: 'webrtc-course.local',
    });
    expect(checkCoturnSettings(DEV_TURN_SERVER)).toEqual([]);
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(DEV_TURN_SERVER)).toBe(true);
  });
});

describe('turnUrlFor', () => {
  it('writes RFC 7065 URLs for UDP and TCP', () => {
    expect(turnUrlFor(DEV_TURN_SERVER, 'udp')).toBe('turn:127.0.0.1:3478?transport=udp');
    expect(turnUrlFor({ address: '127.0.0.1', port: 40001 }, 'tcp')).toBe(
      'turn:127.0.0.1:40001?transport=tcp',
    );
  });
});

describe('coturnArguments', () => {
  const args = coturnArguments(DEV_TURN_SERVER, '/tmp/state');

  it('ignores any system configuration file', () => {
    expect(args[0]).toBe('-n');
  });

  it('keeps the server on loopback, relaying from loopback, with long-term credentials', () => {
    expect(args).toEqual(
      expect.arrayContaining([
        '--listening-ip=127.0.0.1',
        '--relay-ip=127.0.0.1',
        '--listening-port=3478',
        '--lt-cred-mech',
        '--user=course:course-dev-only',
        '--realm=webrtc-course.local',
        '--allow-loopback-peers',
        '--no-tls',
        '--no-dtls',
        '--no-cli',
        '--fingerprint',
      ]),
    );
  });

  it('writes its pid file and database into the state folder and logs to stdout', () => {
    expect(args).toContain('--pidfile=/tmp/state/turnserver.pid');
    expect(args).toContain('--userdb=/tmp/state/turndb');
    expect(args).toContain('--log-file=stdout');
    expect(args).not.toContain('--daemon');
  });

  it('limits relay ports and logs sessions only when asked', () => {
    expect(args).toContain('--min-port=49160');
    expect(args).toContain('--verbose');
    const quiet = coturnArguments(
      { ...DEV_TURN_SERVER, relayPorts: undefined, verbose: false },
      '/s',
    );
    expect(quiet.some((a) => a.startsWith('--min-port'))).toBe(false);
    expect(quiet).not.toContain('--verbose');
  });
});

describe('checkCoturnSettings', () => {
  it('refuses a port out of range, a non-loopback address and a username with a colon', () => {
    const problems = checkCoturnSettings({
      ...DEV_TURN_SERVER,
      port: 70_000,
      address: '0.0.0.0',
      username: 'a:b',
    });
    expect(problems).toHaveLength(3);
    expect(problems.join(' ')).toMatch(/65535/);
    expect(problems.join(' ')).toMatch(/loopback/);
    expect(problems.join(' ')).toMatch(/colons/);
  });

  it('refuses an empty password and an inverted relay range', () => {
    expect(checkCoturnSettings({ ...DEV_TURN_SERVER, password: '' })).toHaveLength(1);
    expect(checkCoturnSettings({ ...DEV_TURN_SERVER, relayPorts: [50_000, 49_000] })).toHaveLength(
      1,
    );
  });
});

describe('isCoturnNoise', () => {
  it('drops blank log lines, the SCTP probe and start-up chatter, and keeps session lines', () => {
    expect(isCoturnNoise('0: : ')).toBe(true);
    expect(isCoturnNoise('socket: Protocol not supported')).toBe(true);
    expect(isCoturnNoise('0: : IO method (auth thread): epoll (with changelist)')).toBe(true);
    expect(
      isCoturnNoise(
        '14: : session 000000000000000002: realm <webrtc-course.local> user <course>: incoming packet ALLOCATE processed, success',
      ),
    ).toBe(false);
  });
});

describe('explainCoturnLine', () => {
  it('puts a port already in use into plain words', () => {
    expect(explainCoturnLine('0: : ERROR: cannot bind UDP socket: Address already in use')).toMatch(
      /another program/,
    );
  });

  it('explains a refused privileged port', () => {
    expect(explainCoturnLine('0: : Trying to bind fd 17 to <127.0.0.1:80>: errno=13')).toMatch(
      /root/,
    );
  });

  it('leaves ordinary lines alone, wrong credentials included (the lab reports those)', () => {
    expect(explainCoturnLine('0: : Relay ports initialization done')).toBeUndefined();
    expect(
      explainCoturnLine('20: : ERROR: check_stun_auth: user course credentials are incorrect'),
    ).toBeUndefined();
  });
});
