import { checkRecordedRun, type RecordedRun } from './recordedRun';
import { describeError } from '../shared/errors';

/** Where the recorded run is: not asked for, loading, shown, or why it could not be shown. */
export type RecordingPhase = 'hidden' | 'loading' | 'shown' | 'failed';

/**
 * The recorded real run a learner without a TURN server may ask for. The recording is a separate
 * chunk, loaded (and checked against its guard) only when asked for, so it costs nothing up front.
 */
export class RecordingLoader {
  phase: RecordingPhase = $state('hidden');
  run: RecordedRun | null = $state.raw(null);
  /** Why the recording could not be shown, when `phase` is `failed`. */
  problem = $state('');

  /** Loads the recording the first time, then shows it. */
  async show(): Promise<void> {
    if (this.run) {
      this.phase = 'shown';
      return;
    }
    this.phase = 'loading';
    try {
      const recording: unknown = (await import('./recorded-run.json')).default;
      const problems = checkRecordedRun(recording);
      if (problems.length > 0) {
        this.#failed(`The recording is damaged (${problems[0]}).`);
        return;
      }
      this.run = recording as RecordedRun;
      this.phase = 'shown';
    } catch (error) {
      this.#failed(`The recording could not be loaded: ${describeError(error)}`);
    }
  }

  /** Hides the recording (it stays loaded). */
  hide(): void {
    this.phase = 'hidden';
  }

  #failed(problem: string): void {
    this.problem = problem;
    this.phase = 'failed';
  }
}
