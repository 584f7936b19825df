// The ICE explorer's server fields turned into the configuration both peers use, or refused.
import { describe, expect, it } from 'vitest';
import { iceConfiguration } from '~/components/labs/ice-explorer/iceConfig';

const EMPTY = { servers: '', username: '', credential: '' };

describe('iceConfiguration', () => {
  it('contacts no server when the URL field is empty or blank', () => {
    expect(iceConfiguration(EMPTY)).toEqual({ config: {} });
    expect(iceConfiguration({ ...EMPTY, servers: ' \n ' })).toEqual({ config: {} });
  });

  it('puts every STUN URL typed into one server entry without credentials', () => {
    const result = iceConfiguration({ ...EMPTY, servers: 'stun:127.0.0.1:9, stun:[::1]:3478' });
    expect(result).toEqual({
      config: { iceServers: [{ urls: ['stun:127.0.0.1:9', 'stun:[::1]:3478'] }] },
    });
  });

  it('refuses markup typed as a URL and says what a URL looks like', () => {
    const result = iceConfiguration({ ...EMPTY, servers: '<img src=x onerror="alert(1)">' });
    expect(result).toHaveProperty('problem');
    expect('problem' in result && result.problem).toContain('not a STUN or TURN URL');
  });

  it('refuses a TURN URL until both the username and the credential are filled in', () => {
    const turn = { servers: 'turn:127.0.0.1:3478?transport=udp', username: 'ana', credential: '' };
    expect(iceConfiguration(turn)).toEqual({
      problem: 'A TURN server needs a username and a credential: fill in both fields.',
    });
    expect(iceConfiguration({ ...turn, credential: 's3cret' })).toEqual({
      config: {
        iceServers: [
          { urls: ['turn:127.0.0.1:3478?transport=udp'], username: 'ana', credential: 's3cret' },
        ],
      },
    });
  });

  it('passes credentials typed for a STUN server along, since they do no harm', () => {
    const result = iceConfiguration({
      servers: 'stun:127.0.0.1:9',
      username: 'ana',
      credential: '',
    });
    expect(result).toEqual({
      config: { iceServers: [{ urls: ['stun:127.0.0.1:9'], username: 'ana' }] },
    });
  });
});
