// The ICE explorer's state class where it needs no browser: presets, refused server fields and
// the secondary actions that must wait for a connection.
import { describe, expect, it } from 'vitest';
import { IceExplorerLab } from '~/components/labs/ice-explorer/ice-explorer.svelte';

describe('IceExplorerLab', () => {
  it('takes the server field and the peer whose pairs to show from a URL preset', () => {
    const lab = new IceExplorerLab();
    lab.preset(new URLSearchParams({ servers: 'stun:127.0.0.1:9', peer: 'B' }));
    expect([lab.serversText, lab.pairsPeer]).toEqual(['stun:127.0.0.1:9', 'B']);
  });

  it('refuses a server field that is not a URL before it opens anything', async () => {
    const lab = new IceExplorerLab();
    lab.serversText = 'javascript:alert(1)';
    await lab.run();
    expect(lab.status.phase).toBe('error');
    expect(lab.status.error).toContain('not a STUN or TURN URL');
  });

  it('refuses to compare with a TURN server that has no credentials', async () => {
    const lab = new IceExplorerLab();
    lab.serversText = 'turn:127.0.0.1:3478';
    await lab.compare();
    expect([lab.status.phase, lab.comparison.runs]).toEqual(['error', []]);
  });

  it('does not restart ICE before the peers have connected', async () => {
    const lab = new IceExplorerLab();
    await lab.restart();
    expect([lab.status.phase, lab.ufragBefore]).toEqual(['idle', null]);
  });

  it('goes back to idle with every result cleared on reset', () => {
    const lab = new IceExplorerLab();
    lab.status.fail('earlier failure');
    lab.comparison.trickleMs = 40;
    lab.reset();
    expect([
      lab.status.phase,
      lab.status.error,
      lab.comparison.trickleMs,
      lab.candidates.rows,
    ]).toEqual(['idle', '', null, []]);
  });
});
