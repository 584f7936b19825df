// Cutting a candidate attribute into whitespace-separated tokens that remember their offsets.

/** A run of non-whitespace text and its position in the input (`end` exclusive). */
export interface CandidateToken {
  text: string;
  start: number;
  end: number;
}

/** The tokens after the optional `a=` / `candidate:` prefix, and how far the prefix reached. */
export interface CandidateTokens {
  tokens: CandidateToken[];
  /** Offset where the candidate body (the foundation) starts. */
  bodyStart: number;
  /** Offsets of separators that were not a single space (RFC 8839 §5.1 uses exactly one SP). */
  irregularSpaces: { start: number; end: number }[];
}

const PREFIX = /^\s*(?:a=)?(?:candidate:)?/i;

/** Strip the `a=candidate:` prefix (any part of it) and split the rest on spaces and tabs. */
export function tokenizeCandidate(input: string): CandidateTokens {
  const prefix = PREFIX.exec(input);
  const bodyStart = prefix ? prefix[0].length : 0;
  const tokens: CandidateToken[] = [];
  const irregularSpaces: { start: number; end: number }[] = [];
  let index = bodyStart;
  let end = input.length;
  // A line copied from an SDP often keeps its CR (and LF): trailing line breaks are not content.
  while (end > bodyStart && (input[end - 1] === '\n' || input[end - 1] === '\r')) end -= 1;
  while (index < end) {
    const spaceStart = index;
    while (index < end && isSeparator(input.charCodeAt(index))) index += 1;
    const spaceLength = index - spaceStart;
    const isFirstOrLast = spaceStart === bodyStart || index === end;
    if (spaceLength > 0 && (isFirstOrLast || spaceLength > 1 || input[spaceStart] !== ' ')) {
      irregularSpaces.push({ start: spaceStart, end: index });
    }
    const tokenStart = index;
    while (index < end && !isSeparator(input.charCodeAt(index))) index += 1;
    if (index > tokenStart) {
      tokens.push({ text: input.slice(tokenStart, index), start: tokenStart, end: index });
    }
  }
  return { tokens, bodyStart, irregularSpaces };
}

function isSeparator(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}
