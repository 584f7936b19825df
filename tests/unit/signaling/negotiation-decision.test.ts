import { describe, expect, it } from 'vitest';
import { decideOnDescription, type NegotiationSnapshot } from '~/lib/signaling/negotiationDecision';

const calm: NegotiationSnapshot = {
  type: 'offer',
  polite: false,
  makingOffer: false,
  signalingState: 'stable',
  isSettingRemoteAnswerPending: false,
};

describe('decideOnDescription', () => {
  it('takes an offer that arrives in stable while making nothing: no collision', () => {
    expect(decideOnDescription(calm)).toEqual({
      readyForOffer: true,
      offerCollision: false,
      ignoreOffer: false,
      rollback: false,
    });
  });

  it('lets the impolite peer ignore an offer that arrives in have-local-offer', () => {
    const d = decideOnDescription({ ...calm, signalingState: 'have-local-offer' });
    expect(d.offerCollision).toBe(true);
    expect(d.ignoreOffer).toBe(true);
    expect(d.rollback).toBe(false);
  });

  it('makes the polite peer roll back instead, in the same situation', () => {
    const d = decideOnDescription({ ...calm, polite: true, signalingState: 'have-local-offer' });
    expect(d.offerCollision).toBe(true);
    expect(d.ignoreOffer).toBe(false);
    expect(d.rollback).toBe(true);
  });

  it('counts an offer that arrives while this peer is still making its own as a collision', () => {
    expect(decideOnDescription({ ...calm, makingOffer: true }).offerCollision).toBe(true);
    expect(decideOnDescription({ ...calm, makingOffer: true }).ignoreOffer).toBe(true);
  });

  it('is ready for an offer while a remote answer is being applied, though not yet stable', () => {
    const d = decideOnDescription({
      ...calm,
      signalingState: 'have-local-offer',
      isSettingRemoteAnswerPending: true,
    });
    expect(d.readyForOffer).toBe(true);
    expect(d.offerCollision).toBe(false);
  });

  it('never calls an answer a collision, in any state', () => {
    for (const signalingState of ['stable', 'have-local-offer', 'have-remote-offer'] as const) {
      for (const polite of [true, false]) {
        const d = decideOnDescription({ ...calm, type: 'answer', polite, signalingState });
        expect(d.offerCollision).toBe(false);
        expect(d.ignoreOffer).toBe(false);
        expect(d.rollback).toBe(false);
      }
    }
  });
});
