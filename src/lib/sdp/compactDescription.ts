// The compact form of a session description, for carrying it by hand (copy and paste, a chat
// message, a QR code): `offer:` or `answer:`, then base64url (RFC 4648 §5) of one format byte and
// the SDP shrunk by compactSdpText.ts, DEFLATE-compressed (RFC 1951) where the runtime can.
import { decodeBase64url, encodeBase64url } from './base64url';
import { deflateAvailable, deflateRaw, inflateRaw } from './deflateRaw';
import { restoreSdp, shrinkSdp } from './compactSdpText';
import { utf8Decode, utf8Encode } from '../stun/webcrypto';

/** The two kinds of description a learner carries: an offer, and the answer to it. */
export type CarriedType = 'offer' | 'answer';

/** A description as signaling carries it (the shape of RTCSessionDescriptionInit). */
export interface CarriedDescription {
  type: CarriedType;
  sdp: string;
}

/** Why a text could not be read as a compact description. */
export type CompactProblem =
  'not-compact' | 'not-base64url' | 'newer-format' | 'corrupt' | 'no-inflate' | 'not-sdp';

/** What decoding gave: the description, or the problem with a sentence for the learner. */
export type CompactDecoding =
  | { ok: true; description: CarriedDescription }
  | { ok: false; problem: CompactProblem; detail: string };

const FORMAT_VERSION = 0x10;
const DEFLATED = 0x01;
const TOKENIZED = 0x02;
const PREFIX = /^\s*(offer|answer):([\s\S]*)$/;

/** Whether `text` starts like a compact description (`offer:` or `answer:`). */
export function looksCompact(text: string): boolean {
  return PREFIX.test(text);
}

/** The compact form of `description`: `offer:` or `answer:` then base64url. */
export async function encodeCompactDescription(description: CarriedDescription): Promise<string> {
  const { text, tokenized } = shrinkSdp(description.sdp);
  const deflate = deflateAvailable();
  const body = deflate ? await deflateRaw(utf8Encode(text)) : utf8Encode(text);
  const bytes = new Uint8Array(body.length + 1);
  bytes[0] = FORMAT_VERSION | (deflate ? DEFLATED : 0) | (tokenized ? TOKENIZED : 0);
  bytes.set(body, 1);
  return `${description.type}:${encodeBase64url(bytes)}`;
}

function failure(problem: CompactProblem, detail: string): CompactDecoding {
  return { ok: false, problem, detail };
}

/** The description in a compact text, or why it cannot be read (never throws). */
export async function decodeCompactDescription(text: string): Promise<CompactDecoding> {
  const match = PREFIX.exec(text);
  if (!match) return failure('not-compact', 'It does not start with "offer:" or "answer:".');
  const type = match[1] as CarriedType;
  // Chat programs and e-mail wrap long lines: spaces and line breaks inside are not part of it.
  const body64 = (match[2] ?? '').replace(/\s+/g, '');
  // base64url never ends one character past a 4-character group: such a text was cut short.
  const bytes = decodeBase64url(body64.length % 4 === 1 ? body64.slice(0, -1) : body64);
  if (!bytes || bytes.length < 2) {
    return failure(
      'not-base64url',
      `After "${type}:" it has characters that are not base64url, or nothing at all.`,
    );
  }
  const format = bytes[0]!;
  if ((format & 0xf0) !== FORMAT_VERSION) {
    return failure('newer-format', 'It was written by a different version of this page.');
  }
  let body = bytes.subarray(1);
  if (format & DEFLATED) {
    if (!deflateAvailable()) {
      return failure('no-inflate', 'This browser cannot decompress it (no DecompressionStream).');
    }
    try {
      body = await inflateRaw(body);
    } catch {
      return failure('corrupt', 'Its compressed data is damaged: probably cut short when copied.');
    }
  }
  const { text: shrunk, valid } = utf8Decode(body);
  if (!valid) return failure('corrupt', 'Its data is damaged: it does not decode to text.');
  const sdp = restoreSdp({ text: shrunk, tokenized: (format & TOKENIZED) !== 0 });
  if (!/^v=0\r\no=/.test(sdp)) {
    return failure('not-sdp', 'It decodes to text that is not a session description.');
  }
  return { ok: true, description: { type, sdp } };
}
