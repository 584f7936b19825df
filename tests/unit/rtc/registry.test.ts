import { afterEach, describe, expect, it, vi } from 'vitest';
import { closePeerConnection, createPeerConnection, openPeerConnectionCount } from '~/rtc/registry';

/** A stand-in constructor that accepts `limit` connections, then throws as Chromium does. */
function browserWithLimit(limit: number) {
  let made = 0;
  return class {
    signalingState = 'stable';
    constructor() {
      made += 1;
      if (made > limit) {
        const error = new Error('Cannot create so many PeerConnections');
        error.name = 'UnknownError';
        throw error;
      }
    }
    close() {
      this.signalingState = 'closed';
    }
  };
}

describe('the connection registry', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('counts open connections and forgets closed ones', () => {
    vi.stubGlobal('RTCPeerConnection', browserWithLimit(10));
    const before = openPeerConnectionCount();
    const pc = createPeerConnection();
    expect(openPeerConnectionCount()).toBe(before + 1);
    closePeerConnection(pc);
    expect(openPeerConnectionCount()).toBe(before);
  });

  it('explains the per-page limit with the number of connections the page made, keeping the browser’s name and words', () => {
    vi.stubGlobal('RTCPeerConnection', browserWithLimit(3));
    for (let i = 0; i < 3; i += 1) closePeerConnection(createPeerConnection());
    let thrown: unknown;
    try {
      createPeerConnection();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    const error = thrown as Error;
    expect(error.name).toBe('UnknownError');
    expect(error.message).toMatch(/^Cannot create so many PeerConnections /);
    expect(error.message).toMatch(/opened \d+ connections since it loaded/);
    expect(error.message).toContain('Reload the page');
  });

  it('passes any other refusal through unchanged', () => {
    const refusal = new TypeError('bad iceServers');
    vi.stubGlobal(
      'RTCPeerConnection',
      class {
        constructor() {
          throw refusal;
        }
      },
    );
    expect(() => createPeerConnection()).toThrow(refusal);
  });
});
