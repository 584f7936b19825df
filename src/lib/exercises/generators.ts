// Which generator makes each kind of exercise, each loaded only when a page asks for that kind
// (the STUN encoder, MD5 and the candidate parser stay out of pages that do not need them).
import type { Rng } from './rng';
import type { Exercise, ExerciseKind } from './types';

/** Makes one fresh instance of an exercise from a random source. */
export type ExerciseGenerator = (rng: Rng) => Promise<Exercise>;

/** A loader for each kind's generator (dynamic imports, split by the bundler). */
export const EXERCISE_GENERATORS: Record<ExerciseKind, () => Promise<ExerciseGenerator>> = {
  'candidate-priority': async () =>
    (await import('./candidate-priority')).generateCandidatePriority,
  'priority-decode': async () => (await import('./candidate-priority')).generatePriorityDecode,
  'pair-priority': async () => (await import('./pair-priority')).generatePairPriority,
  'xor-mapped-address': async () => (await import('./xor-mapped-address')).generateXorMappedAddress,
  'long-term-key': async () => (await import('./turn-credentials')).generateLongTermKey,
  'message-integrity': async () => (await import('./turn-credentials')).generateMessageIntegrity,
  'topology-counts': async () => (await import('./topology-counts')).generateTopologyCounts,
};
