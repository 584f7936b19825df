// One exercise on the page: the current instance, what the learner typed, the verdict, and
// whether the worked solution is shown. Generators load on demand; seeds come from WebCrypto.
import { checkExercise } from '~/lib/exercises/check-answer';
import { EXERCISE_GENERATORS } from '~/lib/exercises/generators';
import { createRng } from '~/lib/exercises/rng';
import type { Exercise, ExerciseKind, Verdict } from '~/lib/exercises/types';

/** A fresh 32-bit seed from the browser's cryptographic random source. */
function freshSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
}

/** State of one exercise island. */
export class ExerciseState {
  exercise: Exercise | undefined = $state();
  answers: Record<string, string> = $state({});
  verdict: Verdict | undefined = $state();
  /** Shown once the learner has checked an answer to this instance. */
  tried = $state(false);
  busy = $state(false);
  /** Where the numbers came from, or why the learner's own data could not be used. */
  note = $state('');
  error = $state('');
  readonly kind: ExerciseKind;

  constructor(kind: ExerciseKind) {
    this.kind = kind;
  }

  /** Replace the problem by a fresh random instance. */
  async newProblem(note = ''): Promise<void> {
    this.busy = true;
    try {
      const generate = await EXERCISE_GENERATORS[this.kind]();
      const before = JSON.stringify(this.exercise?.givens);
      // A new problem that looks like the last one would feel broken (N has few values).
      let next = await generate(createRng(freshSeed()));
      for (let i = 0; i < 5 && JSON.stringify(next.givens) === before; i++)
        next = await generate(createRng(freshSeed()));
      this.show(next, note);
    } catch (error) {
      this.error = `Could not make a problem: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      this.busy = false;
    }
  }

  /** Use a candidate the learner's browser gathers (priority decoding); falls back to a random one and says so. */
  async useOwnCandidate(): Promise<void> {
    this.busy = true;
    try {
      const [{ gatherOwnCandidates }, { priorityDecodeFromCandidate }] = await Promise.all([
        import('./ownCandidates'),
        import('~/lib/exercises/candidate-priority'),
      ]);
      const lines = await gatherOwnCandidates().catch(() => []);
      const exercise = lines.map(priorityDecodeFromCandidate).find((e) => e !== undefined);
      if (exercise) {
        const mdns = /\.local /.test(lines[0] ?? '');
        this.show(
          exercise,
          `From your browser: one of the ${lines.length} candidate lines it just gathered` +
            (mdns
              ? ' (the address is an mDNS name that hides your IP; the priority is real).'
              : '.'),
        );
        return;
      }
      this.busy = false;
      await this.newProblem(
        'Your browser gathered no candidate here (no network interface, or WebRTC is off), so this is a random one.',
      );
    } finally {
      this.busy = false;
    }
  }

  /** Judge what the learner typed; returns the verdict. */
  check(): Verdict | undefined {
    if (!this.exercise) return undefined;
    this.verdict = checkExercise(this.exercise, this.answers);
    this.tried = true;
    return this.verdict;
  }

  private show(exercise: Exercise, note: string): void {
    this.exercise = exercise;
    this.answers = Object.fromEntries(exercise.fields.map((f) => [f.name, '']));
    this.verdict = undefined;
    this.tried = false;
    this.error = '';
    this.note = note;
  }
}
