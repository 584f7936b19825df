/**
 * Picks, from what a verbose coturn printed during a recorded run, the lines about the run's
 * allocations: each session's requests and their answers (401, ALLOCATE, CREATE_PERMISSION,
 * CHANNEL_BIND, REFRESH, the session's end), without start-up chatter.
 */

/** coturn's per-session lines name their session: `session 001000000000000001: ...`. */
const SESSION_LINE = /\bsession [0-9a-f]{6,}\b/i;

/** Start-up and housekeeping lines that can mention a session without being about one. */
const HOUSEKEEPING =
  /\b(IPv[46]\. |Total (General|auth) servers|Listener opened|Relay ports|Config file)\b/;

/** The lines about the run's sessions, in order, without trailing blanks. */
export function allocationLines(lines: readonly string[]): string[] {
  return lines
    .map((line) => line.trimEnd())
    .filter((line) => SESSION_LINE.test(line) && !HOUSEKEEPING.test(line));
}
