import { describe, expect, it } from 'vitest';
import { holdOffer } from '~/components/labs/sdp-munge/heldOffer';
import type { Loopback, NegotiateOptions, NegotiationStep, PeerName } from '~/rtc/loopback';

const STEPS: [PeerName, NegotiationStep][] = [
  ['A', 'setLocalDescription'],
  ['B', 'setRemoteDescription'],
  ['B', 'createAnswer'],
  ['B', 'setLocalDescription'],
  ['A', 'setRemoteDescription'],
];

/** A pair whose negotiate runs the hooks as the real one does and fails at `failAt`, if given. */
function fakeLoopback(failAt?: NegotiationStep | [PeerName, NegotiationStep]) {
  const closers: (() => void)[] = [];
  const applied: string[] = [];
  const loopback = {
    async negotiate(options: NegotiateOptions = {}) {
      options.onStep?.('A', 'createOffer', 0);
      if (failAt === 'createOffer') throw new DOMException('no offer', 'OperationError');
      const offer = (await options.editOffer?.('v=0\r\noriginal\r\n')) ?? '';
      applied.push(offer);
      for (const [peer, step] of STEPS) {
        options.onStep?.(peer, step, 0);
        if (Array.isArray(failAt) && failAt[0] === peer && failAt[1] === step) {
          throw new DOMException(`${peer} refused`, 'InvalidAccessError');
        }
      }
      return { offer, answer: 'v=0\r\nanswer\r\n' };
    },
    adopt: (close: () => void) => closers.push(close),
    close: () => closers.forEach((close) => close()),
  } as unknown as Loopback;
  return { loopback, applied };
}

describe('holdOffer', () => {
  it('resolves with the offer createOffer wrote, before anything is applied', async () => {
    const { loopback, applied } = fakeLoopback();
    const held = await holdOffer(loopback);
    expect(held.original).toBe('v=0\r\noriginal\r\n');
    expect(applied).toEqual([]);
  });

  it('goes on with the edited text and reports a negotiation that completed', async () => {
    const { loopback, applied } = fakeLoopback();
    const held = await holdOffer(loopback);
    await expect(held.apply('v=0\r\nedited\r\n')).resolves.toEqual({ ok: true });
    expect(applied).toEqual(['v=0\r\nedited\r\n']);
  });

  it.each([
    [['A', 'setLocalDescription'], 'local'],
    [['B', 'setRemoteDescription'], 'remote'],
    [['B', 'createAnswer'], 'answer'],
    [['A', 'setRemoteDescription'], 'answer'],
  ] as const)('names the call that refused: %j is %s', async (step, at) => {
    const held = await holdOffer(fakeLoopback([...step]).loopback);
    const outcome = await held.apply('v=0\r\n');
    expect(outcome).toMatchObject({ ok: false, at });
    expect(outcome.ok ? null : (outcome.error as DOMException).name).toBe('InvalidAccessError');
  });

  it('rejects when createOffer itself fails', async () => {
    await expect(holdOffer(fakeLoopback('createOffer').loopback)).rejects.toThrow('no offer');
  });

  it('ends the held negotiation quietly when the pair closes', async () => {
    const { loopback, applied } = fakeLoopback();
    const held = await holdOffer(loopback);
    loopback.close();
    const outcome = await held.apply('v=0\r\nlate\r\n');
    expect(outcome).toMatchObject({ ok: false });
    expect(applied).toEqual([]);
  });
});
