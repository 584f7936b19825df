// Candidate priority exercises (RFC 8445 §5.1.2.1): compose a priority from its three parts, and
// decode one (drawn at random or gathered by the learner's own browser) back into them.
import { parseCandidate } from '../ice/candidate';
import {
  decodeCandidatePriority,
  encodeCandidatePriority,
  RECOMMENDED_TYPE_PREFERENCES,
  type CandidatePriorityParts,
} from '../ice/priority';
import type { Rng } from './rng';
import type { Exercise } from './types';

const FORMULA = 'priority = 2^24 × type preference + 2^8 × local preference + (256 − component ID)';
const TYPES = Object.keys(
  RECOMMENDED_TYPE_PREFERENCES,
) as (keyof typeof RECOMMENDED_TYPE_PREFERENCES)[];
/** Local preferences seen in browsers (libwebrtc's 32542..32767 per interface) mixed with any other. */
const REAL_LOCAL_PREFERENCES = [65_535, 32_542, 32_543, 32_767, 31_742, 30_719];

/** Three parts a candidate might have: a recommended type preference, a local preference, component 1 or 2. */
export function randomPriorityParts(rng: Rng): CandidatePriorityParts & { type: string } {
  const type = rng.pick(TYPES);
  const localPreference = rng.next() < 0.4 ? rng.pick(REAL_LOCAL_PREFERENCES) : rng.int(0, 65_535);
  return {
    type,
    typePreference: RECOMMENDED_TYPE_PREFERENCES[type],
    localPreference,
    componentId: rng.next() < 0.7 ? 1 : 2,
  };
}

/** The steps that add a priority up from its parts. */
export function composeSteps(parts: CandidatePriorityParts): string[] {
  const { typePreference: t, localPreference: l, componentId: c } = parts;
  const priority = encodeCandidatePriority(parts);
  return [
    FORMULA,
    `2^24 × ${t} = 16777216 × ${t} = ${16_777_216 * t}`,
    `2^8 × ${l} = 256 × ${l} = ${256 * l}`,
    `256 − ${c} = ${256 - c}`,
    `${16_777_216 * t} + ${256 * l} + ${256 - c} = ${priority}`,
  ];
}

/** Compose: given type, local preference and component, find the priority. */
export async function generateCandidatePriority(rng: Rng): Promise<Exercise> {
  const parts = randomPriorityParts(rng);
  return {
    kind: 'candidate-priority',
    source: 'random',
    givens: [
      { name: 'type', label: 'Candidate type', value: parts.type },
      { name: 'type-preference', label: 'Type preference', value: String(parts.typePreference) },
      { name: 'local-preference', label: 'Local preference', value: String(parts.localPreference) },
      {
        name: 'component',
        label: 'Component ID (1 RTP, 2 RTCP)',
        value: String(parts.componentId),
      },
    ],
    question: 'What priority does this candidate carry in its candidate line (RFC 8445 §5.1.2.1)?',
    fields: [
      {
        name: 'priority',
        label: 'Priority',
        hint: 'a whole number',
        format: 'integer',
        expected: String(encodeCandidatePriority(parts)),
      },
    ],
    steps: composeSteps(parts),
  };
}

/** Decode a given priority into its three parts. */
export function priorityDecodeExercise(
  priority: number,
  source: Exercise['source'],
  line?: string,
): Exercise {
  const {
    typePreference: t,
    localPreference: l,
    componentId: c,
  } = decodeCandidatePriority(priority);
  const rest = priority - 16_777_216 * t;
  const hex = priority.toString(16).padStart(8, '0');
  return {
    kind: 'priority-decode',
    source,
    givens: [
      ...(line ? [{ name: 'candidate', label: 'Candidate line', value: line, code: true }] : []),
      { name: 'priority', label: 'Priority', value: String(priority) },
    ],
    question: 'Split this priority into its type preference, local preference and component ID.',
    fields: [
      {
        name: 'type-preference',
        label: 'Type preference',
        hint: 'a whole number, 0 to 126',
        format: 'integer',
        expected: String(t),
      },
      {
        name: 'local-preference',
        label: 'Local preference',
        hint: 'a whole number, 0 to 65535',
        format: 'integer',
        expected: String(l),
      },
      {
        name: 'component',
        label: 'Component ID',
        hint: 'a whole number, 1 to 256',
        format: 'integer',
        expected: String(c),
      },
    ],
    steps: [
      FORMULA,
      `Type preference = floor(${priority} / 16777216) = ${t}`,
      `Left over: ${priority} − 16777216 × ${t} = ${rest}`,
      `Local preference = floor(${rest} / 256) = ${l}`,
      `Last byte: ${rest} − 256 × ${l} = ${256 - c}, so component ID = 256 − ${256 - c} = ${c}`,
      `In hex the three parts are the bytes of 0x${hex}: ${hex.slice(0, 2)} | ${hex.slice(2, 6)} | ${hex.slice(6)} (${t} | ${l} | ${256 - c})`,
    ],
  };
}

/** Decode: a random candidate's priority. */
export async function generatePriorityDecode(rng: Rng): Promise<Exercise> {
  return priorityDecodeExercise(encodeCandidatePriority(randomPriorityParts(rng)), 'random');
}

/** Decode the priority of a candidate line the learner's browser gathered; undefined when the line does not parse. */
export function priorityDecodeFromCandidate(line: string): Exercise | undefined {
  const candidate = parseCandidate(line).candidate;
  if (!candidate || candidate.priority < 1) return undefined;
  return priorityDecodeExercise(candidate.priority, 'live', line.replace(/^a=/, ''));
}
