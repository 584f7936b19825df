// Reading what a learner pasted as a session description: the JSON a browser's
// RTCSessionDescription gives (`JSON.stringify(pc.localDescription)`), or the compact form.
import {
  decodeCompactDescription,
  looksCompact,
  type CarriedDescription,
  type CompactProblem,
} from '../sdp/compactDescription';

/** What was wrong with a pasted text before any browser saw it. */
export type PasteProblem =
  'empty' | 'garbage' | 'bare-sdp' | 'bad-json' | 'json-not-description' | CompactProblem;

/** A pasted text read: the description and the form it came in, or what is wrong with it. */
export type PastedReading =
  | { ok: true; description: CarriedDescription; form: 'json' | 'compact' }
  | { ok: false; problem: PasteProblem; detail: string };

function fromJson(value: unknown): PastedReading {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problem: 'json-not-description', detail: 'It is JSON, but not an object.' };
  }
  // A whole signaling message ({ kind: 'description', description }) is accepted too.
  const record = value as Record<string, unknown>;
  const inner = record['description'];
  const candidate = (typeof inner === 'object' && inner !== null ? inner : record) as Record<
    string,
    unknown
  >;
  const { type, sdp } = candidate;
  if (type !== 'offer' && type !== 'answer') {
    const said = type === undefined ? 'no "type" field' : `"type": ${JSON.stringify(type)}`;
    return {
      ok: false,
      problem: 'json-not-description',
      detail: `It is JSON with ${said}; a description says "type": "offer" or "answer".`,
    };
  }
  if (typeof sdp !== 'string' || sdp.trim() === '') {
    return {
      ok: false,
      problem: 'json-not-description',
      detail: `It says "type": "${type}" but has no "sdp" text.`,
    };
  }
  return { ok: true, description: { type, sdp }, form: 'json' };
}

/** Reads a pasted description in either form; never throws. */
export async function readPastedDescription(text: string): Promise<PastedReading> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'empty', detail: 'The box is empty.' };
  if (looksCompact(trimmed)) {
    const decoded = await decodeCompactDescription(trimmed);
    return decoded.ok ? { ...decoded, form: 'compact' } : decoded;
  }
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return fromJson(JSON.parse(trimmed));
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        problem: 'bad-json',
        detail: `It starts like JSON but does not parse (${why}).`,
      };
    }
  }
  if (/^v=0\s*$/m.test(trimmed.split('\n')[0] ?? '')) {
    return {
      ok: false,
      problem: 'bare-sdp',
      detail: 'It is SDP alone, without saying whether it is an offer or an answer.',
    };
  }
  return {
    ok: false,
    problem: 'garbage',
    detail: 'It is neither JSON nor the compact form (which starts with "offer:" or "answer:").',
  };
}
