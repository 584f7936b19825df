// Candidate and pair priority arithmetic, RFC 8445 §5.1.2.1 and §6.1.2.3.
// Plain multiplication and division only: candidate priorities reach 2^32 and pair
// priorities 2^63, so 32-bit bitwise operators would silently truncate them.

/** The three parts a candidate priority is made of (RFC 8445 §5.1.2.1). */
export interface CandidatePriorityParts {
  /** 0..126 in RFC 8445; browsers may use other values, which decode just the same. */
  typePreference: number;
  /** 0..65535: ranks the agent's own interfaces and addresses. */
  localPreference: number;
  /** 1..256: 1 for RTP (or everything when rtcp-mux is used), 2 for RTCP. */
  componentId: number;
}

const TWO_POW_24 = 16_777_216;
const TWO_POW_8 = 256;
const TWO_POW_32 = 4_294_967_296;

/** Largest priority RFC 8445 §5.1.2.1 allows (2^31 - 1). */
export const MAX_CANDIDATE_PRIORITY = 2_147_483_647;

/** Whether a value is a legal candidate priority: an integer from 1 to 2^31 - 1 (RFC 8445 §5.1.2.1). */
export function isValidCandidatePriority(priority: number): boolean {
  return Number.isInteger(priority) && priority >= 1 && priority <= MAX_CANDIDATE_PRIORITY;
}

/**
 * Split a candidate priority into type preference, local preference and component ID
 * (RFC 8445 §5.1.2.1: priority = 2^24 * type pref + 2^8 * local pref + (256 - component ID)).
 * Decodes any non-negative integer below 2^32; other inputs are floored and clamped to that range.
 */
export function decodeCandidatePriority(priority: number): CandidatePriorityParts {
  const value = clampToUint32(priority);
  const typePreference = Math.floor(value / TWO_POW_24);
  const localPreference = Math.floor(value / TWO_POW_8) % 65_536;
  const componentId = TWO_POW_8 - (value % TWO_POW_8);
  return { typePreference, localPreference, componentId };
}

/** Compose a candidate priority from its parts (RFC 8445 §5.1.2.1); throws RangeError on out-of-range parts. */
export function encodeCandidatePriority(parts: CandidatePriorityParts): number {
  const { typePreference, localPreference, componentId } = parts;
  checkIntegerInRange('typePreference', typePreference, 0, 126);
  checkIntegerInRange('localPreference', localPreference, 0, 65_535);
  checkIntegerInRange('componentId', componentId, 1, 256);
  return TWO_POW_24 * typePreference + TWO_POW_8 * localPreference + (TWO_POW_8 - componentId);
}

function clampToUint32(value: number): number {
  return Number.isFinite(value) ? Math.min(Math.max(Math.floor(value), 0), TWO_POW_32 - 1) : 0;
}

function checkIntegerInRange(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be an integer from ${min} to ${max}, got ${value}`);
  }
}

/**
 * Pair priority (RFC 8445 §6.1.2.3): 2^32 * min(G, D) + 2 * max(G, D) + (G > D ? 1 : 0),
 * G being the controlling agent's candidate priority and D the controlled agent's.
 * Returned as a bigint because the result can reach 2^63, beyond a double's exact integers.
 */
export function pairPriority(controlling: number, controlled: number): bigint {
  const g = BigInt(clampToUint32(controlling));
  const d = BigInt(clampToUint32(controlled));
  const min = g < d ? g : d;
  const max = g < d ? d : g;
  return (min << 32n) + 2n * max + (g > d ? 1n : 0n);
}

/** RFC 8445 §5.1.2.2 recommended type preferences: host 126, prflx 110, srflx 100, relay 0. */
export const RECOMMENDED_TYPE_PREFERENCES = {
  host: 126,
  prflx: 110,
  srflx: 100,
  relay: 0,
} as const;
