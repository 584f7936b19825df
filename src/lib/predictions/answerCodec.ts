// Media lab: which video codec the connection sends with, from the sender's getStats.
import type { PredictionOutcome } from './judge';

/** What the run read: the codec in the sender's stats, the offer's order, the learner's choice. */
export interface CodecFacts {
  /** `VP8`, `H264`... as getStats names it (the mime type without `video/`). */
  sent: string;
  /** The offer's video encodings in order, e.g. `VP8/90000`, without repair formats. */
  offered: readonly string[];
  /** The codec the learner put first with setCodecPreferences, or '' for the browser's order. */
  preferred: string;
}

/** Judges the predicted codec against the codec A's sender reports in getStats. */
export function judgeAnswerCodec(facts: CodecFacts): PredictionOutcome {
  const actual = facts.sent.toUpperCase();
  const names = facts.offered.map((e) => e.split('/')[0] ?? e);
  const first = names[0] ?? '?';
  const order = names.length > 0 ? ` (${[...new Set(names)].slice(0, 6).join(', ')})` : '';
  const why = [
    `A’s sender reports ${facts.sent} in your browser’s getStats().`,
    facts.preferred
      ? `You chose ${facts.preferred}, so setCodecPreferences put it first in the offer; its first video codec was ${first}${order}.`
      : `You kept your browser’s own order, and its offer listed ${first} first${order}.`,
    'B’s answer lists the offered codecs it can receive, and browsers keep the offer’s order there; A then sends with the first codec the answer lists (RFC 3264 §6.1).',
  ];
  if (first.toUpperCase() !== actual)
    why.push(`The first offered codec (${first}) is not the one in use: B could not receive it.`);
  return { actual, why: why.join(' ') };
}
