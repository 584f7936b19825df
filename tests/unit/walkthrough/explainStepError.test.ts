// Messages are Chromium's and Firefox's, recorded from the lab; the explanation must not depend
// on which browser wrote them.
import { describe, expect, it } from 'vitest';
import { explainStepError, type StepContext } from '~/lib/walkthrough/explainStepError';
import type { StepId } from '~/lib/walkthrough/walkthroughSteps';

const context = (c: Partial<StepContext> & Pick<StepContext, 'window' | 'step'>): StepContext => ({
  done: new Set<StepId>(),
  signalingState: 'stable',
  channelState: null,
  ...c,
});

describe('explainStepError', () => {
  it('says an answer needs an offer when createAnswer is refused in stable', () => {
    const error = {
      name: 'InvalidStateError',
      message: 'PeerConnection cannot create an answer in a state other than have-remote-offer',
    };
    const text = explainStepError(
      error,
      context({ window: 'b', step: 'make-answer', done: new Set(['create-answerer']) }),
    );
    expect(text).toContain('have-remote-offer');
    expect(text).toContain('it is in stable');
  });

  it('sends the learner back to step 1 when there is no connection yet', () => {
    const error = {
      name: 'TypeError',
      message: "can't access property 'createOffer', pc is undefined",
    };
    const text = explainStepError(
      error,
      context({ window: 'a', step: 'make-offer', signalingState: null }),
    );
    expect(text).toBe(
      'This window has no connection yet, so pc is still undefined and there is nothing to call. Run step 1 first.',
    );
  });

  it('says an empty or cut paste box is not JSON', () => {
    const error = { name: 'SyntaxError', message: 'Unexpected end of JSON input' };
    const text = explainStepError(
      error,
      context({ window: 'b', step: 'apply-offer', pastedType: '' }),
    );
    expect(text).toMatch(
      /^The paste box does not hold a description in JSON: copy the whole offer from window A \(its Copy button\)/,
    );
  });

  it('notices an answer pasted where the offer was expected', () => {
    const error = { name: 'InvalidStateError', message: 'Called in wrong state: stable' };
    const text = explainStepError(
      error,
      context({ window: 'b', step: 'apply-offer', pastedType: 'answer' }),
    );
    expect(text).toBe(
      'This step expects the offer from window A, and the pasted text is an answer.',
    );
  });

  it('tells a second pasted answer apart from an answer before any offer', () => {
    const error = { name: 'InvalidStateError', message: 'Called in wrong state: stable' };
    const twice = context({
      window: 'a',
      step: 'apply-answer',
      pastedType: 'answer',
      done: new Set([
        'create-offerer',
        'make-offer',
        'wait-for-gathering',
        'copy-description',
        'apply-answer',
      ]),
    });
    expect(explainStepError(error, twice)).toMatch(/already applied or belongs to another offer/);
    const early = context({
      window: 'a',
      step: 'apply-answer',
      pastedType: 'answer',
      done: new Set(['create-offerer']),
    });
    expect(explainStepError(error, early)).toMatch(/it has made none.*Run step 2 first\.$/);
  });

  it('explains a send before the channel is open, and before window B has a channel', () => {
    const error = { name: 'InvalidStateError', message: "RTCDataChannel.readyState is not 'open'" };
    expect(
      explainStepError(error, context({ window: 'a', step: 'send', channelState: 'connecting' })),
    ).toMatch(/^The channel exists but is "connecting", not "open"/);
    const missing = {
      name: 'TypeError',
      message: "Cannot read properties of undefined (reading 'send')",
    };
    expect(explainStepError(missing, context({ window: 'b', step: 'send' }))).toMatch(
      /^Window B has no channel yet: it arrives in the datachannel event/,
    );
  });
});
