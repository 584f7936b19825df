// The heading of each kind of exercise, kept apart from the generators so the island stays small.
import type { ExerciseKind } from './types';

/** The heading each kind shows. */
export const EXERCISE_TITLES: Record<ExerciseKind, string> = {
  'candidate-priority': 'A candidate’s priority',
  'priority-decode': 'A priority, decoded',
  'pair-priority': 'A candidate pair’s priority',
  'xor-mapped-address': 'Decode an XOR-MAPPED-ADDRESS',
  'long-term-key': 'A TURN long-term key',
  'message-integrity': 'MESSAGE-INTEGRITY of an Allocate request',
  'topology-counts': 'Counting a call’s connections and streams',
};
