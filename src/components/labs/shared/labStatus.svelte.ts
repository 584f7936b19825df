/** The four states of the lab contract's `data-state`. */
export type LabPhase = 'idle' | 'running' | 'done' | 'error';

/**
 * A lab's phase, its error text (shown in `role="alert"`) and what a screen reader should hear
 * about its progress (a polite live region). Every lab state class owns one.
 */
export class LabStatus {
  phase: LabPhase = $state('idle');
  error = $state('');
  announcement = $state('');

  /** The lab started working; `what` is announced. */
  start(what: string): void {
    this.phase = 'running';
    this.error = '';
    this.announcement = what;
  }

  /** The lab finished; `what` is announced. */
  finish(what: string): void {
    this.phase = 'done';
    this.announcement = what;
  }

  /** The lab failed: the message goes to the alert and the lab shows `error`. */
  fail(message: string): void {
    this.phase = 'error';
    this.error = message;
    this.announcement = '';
  }

  /** Back to the start. */
  reset(what = 'Lab reset.'): void {
    this.phase = 'idle';
    this.error = '';
    this.announcement = what;
  }
}

export { describeError, withTimeout } from './errors';
