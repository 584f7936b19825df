import { describe, expect, it } from 'vitest';
import {
  TURN_ERROR_CODES,
  explainIceCandidateError,
  explainTurnFailure,
  isLoopbackTurnUrl,
  refusedLoopbackServer,
  type IceCandidateErrorInfo,
} from '~/lib/turn/turn-errors';

/** What Chromium 156 reported against a local coturn, one event per case. */
const unauthorized: IceCandidateErrorInfo = {
  peer: 'A',
  errorCode: 401,
  errorText: 'Unauthorized.',
  url: 'turn:127.0.0.1:3478?transport=udp',
  address: '0.0.0.x',
  port: 56148,
};
const tcpRefused: IceCandidateErrorInfo = {
  peer: 'A',
  errorCode: 701,
  errorText: 'Failed to establish connection',
  url: 'turn:127.0.0.1:3411?transport=tcp',
  address: null,
  port: null,
};
const stunTimeout: IceCandidateErrorInfo = {
  peer: 'A',
  errorCode: 701,
  errorText: 'STUN binding request timed out.',
  url: 'stun:127.0.0.1:3411',
  address: '0.0.0.x',
  port: 48032,
};
const lookup: IceCandidateErrorInfo = {
  ...stunTimeout,
  errorText: 'TURN host lookup received error.',
  url: 'turn:nosuchhost.invalid:3478?transport=udp',
};

describe('TURN_ERROR_CODES', () => {
  it('covers the TURN codes of RFC 8656 §19 and the browser’s 701', () => {
    for (const code of [403, 437, 440, 441, 442, 443, 486, 508, 401, 438, 701]) {
      expect(TURN_ERROR_CODES[code], String(code)).toBeDefined();
    }
  });
});

describe('explainIceCandidateError', () => {
  it('names the code, the browser’s text and the URL, and says to check the password and realm on 401', () => {
    const text = explainIceCandidateError(unauthorized);
    expect(text).toContain('401 “Unauthorized.”');
    expect(text).toContain('turn:127.0.0.1:3478?transport=udp');
    expect(text).toMatch(/password/);
    expect(text).toMatch(/realm/);
  });

  it('tells the 701 cases apart by the browser’s text', () => {
    expect(explainIceCandidateError(tcpRefused)).toMatch(/TCP connection.*npm run turn/);
    expect(explainIceCandidateError(stunTimeout)).toMatch(/never answered/);
    expect(explainIceCandidateError(lookup)).toMatch(/did not resolve/);
  });

  it('still says something about a code it does not know', () => {
    expect(explainIceCandidateError({ ...unauthorized, errorCode: 499 })).toMatch(/IANA/);
  });
});

describe('explainTurnFailure', () => {
  it('reports a wrong password by its code, once even when both peers saw it', () => {
    const failure = explainTurnFailure({
      kind: 'errors',
      url: unauthorized.url,
      errors: [unauthorized, { ...unauthorized, peer: 'B' }],
      waitedMs: 190,
    });
    expect(failure.code).toBe('401');
    expect(failure.message).toMatch(/icecandidateerror 401/);
    expect(failure.message).toMatch(/password/);
    expect(failure.message).not.toMatch(/errors in all/);
  });

  it('prefers the TURN URL’s error over the STUN probe’s', () => {
    const failure = explainTurnFailure({
      kind: 'errors',
      url: tcpRefused.url,
      errors: [stunTimeout, tcpRefused],
      waitedMs: 300,
    });
    expect(failure.code).toBe('701');
    expect(failure.message).toContain('Failed to establish connection');
  });

  it('explains a silent server: what to check, and why the browser has not said 701 yet', () => {
    const failure = explainTurnFailure({
      kind: 'timeout',
      url: 'turn:127.0.0.1:3999?transport=udp',
      errors: [],
      waitedMs: 6000,
    });
    expect(failure.code).toBe('timeout');
    expect(failure.message).toMatch(/within 6 s/);
    expect(failure.message).toMatch(/npm run turn/);
    expect(failure.message).toMatch(/port/);
    expect(failure.message).toMatch(/701/);
  });

  it('explains relay candidates that never connect as a refused peer address', () => {
    const failure = explainTurnFailure({
      kind: 'checks-failed',
      url: unauthorized.url,
      errors: [],
      waitedMs: 9000,
    });
    expect(failure.code).toBe('checks-failed');
    expect(failure.message).toMatch(/allow-loopback-peers/);
  });

  it('explains gathering that ends silently without relay candidates', () => {
    expect(
      explainTurnFailure({ kind: 'errors', url: 'turn:x', errors: [], waitedMs: 50 }).code,
    ).toBe('no-relay');
  });
});

/** What Firefox ESR 153 reported for a running coturn on loopback (loopback ICE off, its default). */
const firefoxLoopback: IceCandidateErrorInfo = {
  peer: 'A',
  errorCode: 701,
  errorText: '',
  url: 'turn:127.0.0.1:34781',
  address: null,
  port: null,
};
const loopbackFailure = {
  kind: 'errors' as const,
  url: 'turn:127.0.0.1:34781?transport=udp',
  errors: [firefoxLoopback, { ...firefoxLoopback, peer: 'B' }],
  waitedMs: 215,
};

describe('isLoopbackTurnUrl', () => {
  it('recognises 127.x, ::1 and localhost, with or without a port and transport', () => {
    expect(isLoopbackTurnUrl('turn:127.0.0.1:3478?transport=udp')).toBe(true);
    expect(isLoopbackTurnUrl('turns:127.1.2.3')).toBe(true);
    expect(isLoopbackTurnUrl('turn:[::1]:3478')).toBe(true);
    expect(isLoopbackTurnUrl('turn:localhost:3478?transport=tcp')).toBe(true);
  });

  it('does not take other hosts or non-TURN URLs for loopback', () => {
    expect(isLoopbackTurnUrl('turn:192.168.1.20:3478')).toBe(false);
    expect(isLoopbackTurnUrl('turn:turn.example.org')).toBe(false);
    expect(isLoopbackTurnUrl('stun:127.0.0.1:3478')).toBe(false);
  });
});

describe('refusedLoopbackServer', () => {
  it('recognises text-less 701s for a loopback server within a second', () => {
    expect(refusedLoopbackServer(loopbackFailure)).toBe(true);
  });

  it('does not blame the browser when the server was waited for, named, or not on loopback', () => {
    expect(refusedLoopbackServer({ ...loopbackFailure, waitedMs: 9_000 })).toBe(false);
    expect(refusedLoopbackServer({ ...loopbackFailure, errors: [tcpRefused] })).toBe(false);
    expect(refusedLoopbackServer({ ...loopbackFailure, url: 'turn:10.0.0.2:3478' })).toBe(false);
    expect(refusedLoopbackServer({ ...loopbackFailure, errors: [unauthorized] })).toBe(false);
    expect(refusedLoopbackServer({ ...loopbackFailure, errors: [] })).toBe(false);
  });
});

describe('explainTurnFailure for a refused loopback server', () => {
  it('says the browser never tried the server and names the pref that lets it', () => {
    const failure = explainTurnFailure(loopbackFailure);
    expect(failure.code).toBe('loopback-refused');
    expect(failure.message).toMatch(/without contacting it/);
    expect(failure.message).toMatch(/about:config/);
    expect(failure.message).toMatch(/media\.peerconnection\.ice\.loopback to true/);
  });
});
