import { describe, expect, it } from 'vitest';
import {
  explainCredentialFailure,
  quoted,
  refusalCause,
  turnRestSteps,
  unixToIso,
} from '../../../src/lib/turn/restCredentialSteps';
import type { TurnFailure } from '../../../src/lib/turn/turn-errors';

const NOW = 1_700_000_000_123;
const URL = 'turn:127.0.0.1:3478?transport=udp';

/** A failed relay attempt with the given icecandidateerror codes. */
function failure(kind: TurnFailure['kind'], codes: number[]): TurnFailure {
  const errors = codes.map((errorCode) => ({
    peer: 'A',
    errorCode,
    errorText: errorCode === 401 ? 'Unauthorized' : '',
    url: URL,
    address: null,
    port: null,
  }));
  return { kind, url: URL, errors, waitedMs: 120 };
}

describe('turnRestSteps', () => {
  it('shows the expiry, the username, the HMAC-SHA1 bytes and their base64 as openssl computes them', async () => {
    // printf '1700003600:learner' | openssl dgst -sha1 -hmac course-rest-secret
    const steps = await turnRestSteps('course-rest-secret', 'learner', 3600, NOW);
    expect(steps).toEqual({
      expiresAt: 1_700_003_600,
      username: '1700003600:learner',
      macHex: '1aff8e6cd61cdd8cec3c98a54b048b9be3777068',
      password: 'Gv+ObNYc3YzsPJilSwSLm+N3cGg=',
    });
  });

  it('puts the expiry in the past for a negative lifetime', async () => {
    const steps = await turnRestSteps('course-rest-secret', 'learner', -3600, NOW);
    expect(steps.expiresAt).toBe(1_699_996_400);
    expect(steps.username).toBe('1699996400:learner');
  });
});

describe('unixToIso', () => {
  it('writes Unix seconds as a UTC date without milliseconds', () => {
    expect(unixToIso(1_700_003_600)).toBe('2023-11-14T23:13:20Z');
  });
});

describe('refusalCause', () => {
  it('blames the expiry once it has passed and the secret before', () => {
    expect(refusalCause(1_700_000_000, NOW)).toBe('expired');
    expect(refusalCause(1_700_000_001, NOW)).toBe('secret');
  });
});

describe('explainCredentialFailure', () => {
  it('explains a 401 for expired credentials by the expiry in the username', () => {
    const { code, message } = explainCredentialFailure(
      failure('errors', [401]),
      1_699_996_400,
      NOW,
    );
    expect(code).toBe('401');
    expect(message).toContain('401 “Unauthorized”');
    expect(message).toMatch(/expired at 2023-11-14T21:13:20Z, 3600 s before/);
  });

  it('explains a 401 for an expiry still ahead by the secret', () => {
    const { code, message } = explainCredentialFailure(
      failure('errors', [401]),
      1_700_003_600,
      NOW,
    );
    expect(code).toBe('401');
    expect(message).toContain('The secret you typed is not the server’s.');
    expect(message).not.toContain('expired at');
  });

  it('says so when the browser reported no error but gathered no relay candidate', () => {
    const { code, message } = explainCredentialFailure(failure('errors', []), 1_699_996_400, NOW);
    expect(code).toBe('no-relay');
    expect(message).toContain('reported no icecandidateerror');
    expect(message).toContain('expired at');
  });

  it('leaves a server that never answered to the plain TURN explanation', () => {
    const { code, message } = explainCredentialFailure(failure('timeout', []), 1_699_996_400, NOW);
    expect(code).toBe('timeout');
    expect(message).not.toContain('expired at');
  });
});

describe('quoted', () => {
  it('quotes the browser’s errorText, and says so when it is empty', () => {
    expect(quoted('Unauthorized.')).toBe('“Unauthorized.”');
    expect(quoted('')).toBe('(with an empty errorText)');
  });
});
