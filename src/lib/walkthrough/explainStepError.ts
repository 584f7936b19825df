/**
 * Turns the error a walkthrough step threw into one sentence a learner can act on. The browser's
 * own name and message are shown beside it unchanged; this only says what it means here, from
 * what the window knows (which steps ran, its states, what was pasted), never from which
 * browser it is.
 */
import { WINDOW_IN_TEXT, otherWindow, skippedBefore, stepNumber } from './walkthroughSteps';
import type { StepId, WindowId } from './walkthroughSteps';

/** What the window knew when the step failed. */
export interface StepContext {
  window: WindowId;
  step: StepId;
  /** The steps of this window that ran without an error. */
  done: ReadonlySet<StepId>;
  /** The connection's signaling state, or null before step 1. */
  signalingState: string | null;
  /** The data channel's readyState, or null while the window has none. */
  channelState: string | null;
  /** The `type` of the pasted description, when the step read one ('' if it had none). */
  pastedType?: string;
}

/** The browser's error as the pane shows it: its name and message. */
export interface StepError {
  name: string;
  message: string;
}

const EXPECTS: Partial<Record<StepId, 'offer' | 'answer'>> = {
  'apply-offer': 'offer',
  'apply-answer': 'answer',
};

/** One or two sentences saying what the error means for this step in this window. */
export function explainStepError(error: StepError, c: StepContext): string {
  const other = WINDOW_IN_TEXT[otherWindow(c.window)];
  const skipped = skippedBefore(c.window, c.step, c.done);
  const skippedText = skipped ? ` Run step ${stepNumber(c.window, skipped.id)} first.` : '';
  const expected = EXPECTS[c.step];
  if (c.signalingState === null && c.step !== 'send') {
    return `This window has no connection yet, so pc is still undefined and there is nothing to call.${skippedText}`;
  }
  if (c.step === 'send') return explainSend(error, c, skippedText);
  if (expected && error.name === 'SyntaxError') {
    return `The paste box does not hold a description in JSON: copy the whole ${expected} from ${other} (its Copy button) and paste it again.`;
  }
  if (expected && c.pastedType !== undefined && c.pastedType !== expected) {
    const what = c.pastedType ? `an ${c.pastedType}` : 'no description type';
    return `This step expects the ${expected} from ${other}, and the pasted text is ${what}.`;
  }
  if (error.name === 'InvalidStateError') return explainState(c, skippedText);
  if (error.name === 'OperationError') {
    return 'The browser could not apply this description: it was cut or edited, or it does not belong to this pair of windows. Copy it again from the other window.';
  }
  if (error.name === 'TypeError' && expected) {
    return `The pasted text is JSON but not a description: it needs a "type" of ${expected} and an "sdp".`;
  }
  return `The browser refused this step.${skippedText}`;
}

/** Why a refused send was refused: no channel yet, or a channel that is not open. */
function explainSend(error: StepError, c: StepContext, skippedText: string): string {
  if (c.channelState === null) {
    return c.window === 'b'
      ? 'Window B has no channel yet: it arrives in the datachannel event once the connection is up, after window A applies the answer.'
      : `This window has no channel yet.${skippedText}`;
  }
  if (error.name === 'InvalidStateError' || c.channelState !== 'open') {
    return `The channel exists but is "${c.channelState}", not "open": messages go only once both windows have applied their descriptions and the connection is up.`;
  }
  return 'The browser refused to send this message.';
}

/** Why a description step was refused in the window's signaling state. */
function explainState(c: StepContext, skippedText: string): string {
  const state = c.signalingState;
  switch (c.step) {
    case 'make-answer':
      return `An answer is computed from an offer: the window must be in have-remote-offer (apply the offer from window A first), and it is in ${state}.`;
    case 'apply-answer':
      return state === 'stable' && !c.done.has('make-offer')
        ? `An answer closes an offer this window made, and it has made none: it is in stable.${skippedText}`
        : `An answer is accepted only while this window waits for one (have-local-offer); it is in ${state}, so this answer was already applied or belongs to another offer.`;
    case 'apply-offer':
      return `An offer is accepted only when this window has no offer of its own pending; it is in ${state}.`;
    case 'make-offer':
      return `An offer can be made only in stable; this window is in ${state}.`;
    default:
      return `This call is not allowed in the ${state} state.${skippedText}`;
  }
}
