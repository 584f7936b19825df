/** The four states of the lab contract's `data-state`. */
export type LabPhase = 'idle' | 'running' | 'done' | 'error';

/**
 * One run of a lab. A newer run, a reset or the lab leaving the page aborts it: `signal` fires
 * (hand it to the waits in `src/rtc/wait.ts`) and `current` turns false, so a late result of an
 * old run is dropped instead of overwriting the new one.
 */
export interface LabRun {
  readonly signal: AbortSignal;
  readonly current: boolean;
}

/**
 * A lab's phase, its error text (shown in `role="alert"`) and what a screen reader should hear
 * about its progress (a polite live region). Every lab state class owns one, and asks it for a
 * run token when work starts.
 */
export class LabStatus {
  phase: LabPhase = $state('idle');
  error = $state('');
  announcement = $state('');
  /**
   * The `data-action` of the control whose action failed, when the state knows it better than the
   * frame (which otherwise uses the last action the learner pressed): a `LabAlert` for that action
   * shows the error next to it. Empty: the frame decides.
   */
  errorAt = $state('');
  #run: AbortController | null = null;

  /** The lab started working; `what` is announced. Returns the token of this run. */
  start(what: string): LabRun {
    this.phase = 'running';
    this.error = '';
    this.errorAt = '';
    this.announcement = what;
    return this.newRun();
  }

  /**
   * A token for work that does not change the phase (a step, a second action): it aborts the
   * previous run all the same.
   */
  newRun(): LabRun {
    this.#run?.abort();
    const controller = new AbortController();
    this.#run = controller;
    return {
      signal: controller.signal,
      get current() {
        return !controller.signal.aborted;
      },
    };
  }

  /** The lab finished; `what` is announced. */
  finish(what: string): void {
    this.phase = 'done';
    this.announcement = what;
  }

  /**
   * The lab failed: the message goes to the alert and the lab shows `error`. `at` names the
   * `data-action` that caused it, when the alert should appear next to that control.
   */
  fail(message: string, at = ''): void {
    this.phase = 'error';
    this.error = message;
    this.errorAt = at;
    this.announcement = '';
  }

  /** Back to the start: the current run, if any, is aborted. */
  reset(what = 'Lab reset.'): void {
    this.stop();
    this.phase = 'idle';
    this.error = '';
    this.errorAt = '';
    this.announcement = what;
  }

  /** Aborts the current run without changing what is shown (the lab leaving the page). */
  stop(): void {
    this.#run?.abort();
    this.#run = null;
  }
}

export { describeError } from './errors';
