// Room codes for the classroom server: 8 characters from a 32-letter alphabet that a learner can
// read aloud and type on a phone, so 8 × 5 = 40 bits, drawn from a cryptographic source.

/** Digits 2-9 and capitals without I and O (read as 1 and 0): 32 characters, 5 bits each. */
export const ROOM_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** Characters in a room code. */
export const ROOM_CODE_LENGTH = 8;

/** Bits of randomness in a room code: log2(32) × 8 = 40. */
export const ROOM_CODE_BITS = Math.log2(ROOM_CODE_ALPHABET.length) * ROOM_CODE_LENGTH;

/** A uniform random whole number in [0, max) from a cryptographic source (e.g. crypto.randomInt). */
export type RandomIndex = (max: number) => number;

/** A new room code such as `K7QM3XPA`, one uniform draw per character. */
export function newRoomCode(randomIndex: RandomIndex): string {
  let code = '';
  for (let i = 0; i < ROOM_CODE_LENGTH; i += 1) {
    code += ROOM_CODE_ALPHABET[randomIndex(ROOM_CODE_ALPHABET.length)];
  }
  return code;
}

/** The code as a learner typed it (any case, with spaces or dashes) in canonical form. */
export function normalizeRoomCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

/** Whether a (normalized) text is a well-formed room code; it may still name no room. */
export function isRoomCode(code: string): boolean {
  return code.length === ROOM_CODE_LENGTH && [...code].every((c) => ROOM_CODE_ALPHABET.includes(c));
}

/** The code split for reading aloud: `K7QM-3XPA`. */
export function formatRoomCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
