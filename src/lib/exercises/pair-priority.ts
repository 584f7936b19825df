// Pair priority exercise (RFC 8445 §6.1.2.3): G is the priority of the controlling agent's
// candidate, D the controlled agent's; pair priority = 2^32 × MIN(G, D) + 2 × MAX(G, D) + (G > D ? 1 : 0).
import { encodeCandidatePriority, pairPriority } from '../ice/priority';
import { randomPriorityParts } from './candidate-priority';
import type { Rng } from './rng';
import type { Exercise } from './types';

/** Two candidate priorities, the learner's role, and which side is which: find the pair's priority. */
export async function generatePairPriority(rng: Rng): Promise<Exercise> {
  const local = encodeCandidatePriority(randomPriorityParts(rng));
  let remote = encodeCandidatePriority(randomPriorityParts(rng));
  // Now and then both sides carry the same priority, the case where the last term is 0 either way.
  if (rng.next() < 0.1) remote = local;
  const controlling = rng.next() < 0.5;
  const g = controlling ? local : remote;
  const d = controlling ? remote : local;
  const min = Math.min(g, d);
  const max = Math.max(g, d);
  const answer = pairPriority(g, d);
  return {
    kind: 'pair-priority',
    source: 'random',
    givens: [
      { name: 'role', label: 'Your role', value: controlling ? 'controlling' : 'controlled' },
      { name: 'local', label: 'Your (local) candidate priority', value: String(local) },
      { name: 'remote', label: 'The remote candidate priority', value: String(remote) },
    ],
    question: 'What is the priority of this candidate pair (RFC 8445 §6.1.2.3)?',
    fields: [
      {
        name: 'pair-priority',
        label: 'Pair priority',
        hint: 'a whole number (it can exceed 2^53)',
        format: 'integer',
        expected: answer.toString(),
      },
    ],
    steps: [
      'pair priority = 2^32 × MIN(G, D) + 2 × MAX(G, D) + (G > D ? 1 : 0)',
      `G is the controlling agent's candidate: ${controlling ? 'yours' : 'the remote one'}, G = ${g}; D = ${d}`,
      `2^32 × MIN(G, D) = 4294967296 × ${min} = ${(4_294_967_296n * BigInt(min)).toString()}`,
      `2 × MAX(G, D) = 2 × ${max} = ${2 * max}`,
      `G > D? ${g > d ? 'yes, add 1' : 'no, add 0'}`,
      `Sum: ${answer.toString()} (past 2^53, so compute it with exact integers such as BigInt)`,
    ],
  };
}
