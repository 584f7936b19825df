/**
 * The steps of the two-window walkthrough as each window lists them: which region of
 * src/rtc/walkthrough/steps.ts each one runs, what it needs from the learner, and the order
 * rules the explanations of a refused step lean on.
 */

/** The two windows: A (left) offers and opens the channel, B (right) answers. */
export type WindowId = 'a' | 'b';

/** Every step's id: the name of its region in the walkthrough's source. */
export type StepId =
  | 'create-offerer'
  | 'create-answerer'
  | 'make-offer'
  | 'apply-offer'
  | 'make-answer'
  | 'wait-for-gathering'
  | 'copy-description'
  | 'apply-answer'
  | 'send';

/** One step as a window lists it. */
export interface WalkthroughStep {
  id: StepId;
  /** What the step does, as the step's heading. */
  title: string;
  /** What the learner provides: a pasted description (its type) or a message to send. */
  input?: 'offer' | 'answer' | 'message';
}

/** Each window's steps, in the order that works. */
export const WINDOW_STEPS: Readonly<Record<WindowId, readonly WalkthroughStep[]>> = {
  a: [
    { id: 'create-offerer', title: 'Create the connection and a data channel' },
    { id: 'make-offer', title: 'Make the offer and apply it' },
    { id: 'wait-for-gathering', title: 'Wait until every candidate is gathered' },
    { id: 'copy-description', title: 'Copy the offer' },
    { id: 'apply-answer', title: 'Apply the answer pasted from window B', input: 'answer' },
    { id: 'send', title: 'Send a message to window B', input: 'message' },
  ],
  b: [
    { id: 'create-answerer', title: 'Create the connection and wait for a channel' },
    { id: 'apply-offer', title: 'Apply the offer pasted from window A', input: 'offer' },
    { id: 'make-answer', title: 'Make the answer and apply it' },
    { id: 'wait-for-gathering', title: 'Wait until every candidate is gathered' },
    { id: 'copy-description', title: 'Copy the answer' },
    { id: 'send', title: 'Send a message to window A', input: 'message' },
  ],
};

/** The window's label as the lab shows it. */
export const WINDOW_NAMES: Readonly<Record<WindowId, string>> = {
  a: 'Window A (left)',
  b: 'Window B (right)',
};

/** The window as a sentence names it. */
export const WINDOW_IN_TEXT: Readonly<Record<WindowId, string>> = {
  a: 'window A',
  b: 'window B',
};

/** The other window. */
export function otherWindow(window: WindowId): WindowId {
  return window === 'a' ? 'b' : 'a';
}

/** The step of `window` with this id; throws when the window has no such step. */
export function stepOf(window: WindowId, id: StepId): WalkthroughStep {
  const step = WINDOW_STEPS[window].find((s) => s.id === id);
  if (!step) throw new Error(`window ${window.toUpperCase()} has no step "${id}"`);
  return step;
}

/** The step's number in its window's list, from 1. */
export function stepNumber(window: WindowId, id: StepId): number {
  return WINDOW_STEPS[window].findIndex((s) => s.id === id) + 1;
}

/** The first step before `id` in `window`'s list that has not run yet: the one skipped. */
export function skippedBefore(
  window: WindowId,
  id: StepId,
  done: ReadonlySet<StepId>,
): WalkthroughStep | null {
  const steps = WINDOW_STEPS[window];
  const index = steps.findIndex((s) => s.id === id);
  return steps.slice(0, Math.max(index, 0)).find((s) => !done.has(s.id)) ?? null;
}

/** The next step to run in `window`: the first one not done yet (null when all are). */
export function nextStep(window: WindowId, done: ReadonlySet<StepId>): WalkthroughStep | null {
  return WINDOW_STEPS[window].find((s) => s.id !== 'send' && !done.has(s.id)) ?? null;
}
