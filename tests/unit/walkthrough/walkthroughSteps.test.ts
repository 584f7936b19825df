import { describe, expect, it } from 'vitest';
import {
  WINDOW_STEPS,
  nextStep,
  skippedBefore,
  stepNumber,
  stepOf,
  type StepId,
} from '~/lib/walkthrough/walkthroughSteps';

describe('WINDOW_STEPS', () => {
  it('has window A offer and window B answer, each ending with a send', () => {
    expect(WINDOW_STEPS.a.map((s) => s.id)).toEqual([
      'create-offerer',
      'make-offer',
      'wait-for-gathering',
      'copy-description',
      'apply-answer',
      'send',
    ]);
    expect(WINDOW_STEPS.b.map((s) => s.id)).toEqual([
      'create-answerer',
      'apply-offer',
      'make-answer',
      'wait-for-gathering',
      'copy-description',
      'send',
    ]);
  });
});

describe('stepOf', () => {
  it('refuses a step the window does not have', () => {
    expect(() => stepOf('a', 'make-answer')).toThrow('window A has no step "make-answer"');
  });
});

describe('stepNumber', () => {
  it('counts from 1 in the window’s own list', () => {
    expect(stepNumber('b', 'make-answer')).toBe(3);
  });
});

describe('skippedBefore', () => {
  it('names the first earlier step that has not run', () => {
    const done = new Set<StepId>(['create-answerer']);
    expect(skippedBefore('b', 'make-answer', done)?.id).toBe('apply-offer');
  });

  it('is null when every earlier step ran, and for the first step', () => {
    expect(skippedBefore('a', 'make-offer', new Set(['create-offerer']))).toBeNull();
    expect(skippedBefore('a', 'create-offerer', new Set())).toBeNull();
  });
});

describe('nextStep', () => {
  it('is the first step not run yet, and null once all but send have run', () => {
    expect(nextStep('a', new Set(['create-offerer']))?.id).toBe('make-offer');
    const all = new Set(WINDOW_STEPS.a.map((s) => s.id).filter((id) => id !== 'send'));
    expect(nextStep('a', all)).toBeNull();
  });
});
