/**
 * One signaling message as a row a learner reads: what kind it is, which way it went and how
 * many bytes its JSON took on the wire.
 */

/** Which way a message went, seen from this tab. */
export type SignalDirection = 'in' | 'out';

/** The message kinds a row can show. */
export type SignalType =
  | 'hello'
  | 'glare-start'
  | 'glare-ready'
  | 'offer'
  | 'answer'
  | 'pranswer'
  | 'rollback'
  | 'candidate'
  | 'end-of-candidates'
  | 'bye';

/** The shape of a signaling message this model reads (structurally, without the DOM types). */
export interface SignalLike {
  kind: 'hello' | 'description' | 'candidate' | 'bye';
  glare?: 'start' | 'ready';
  description?: { type?: string };
  candidate?: unknown;
}

/** One row of the signaling table. */
export interface SignalRow {
  type: SignalType;
  direction: SignalDirection;
  /** UTF-8 bytes of the message's JSON text. */
  bytes: number;
}

/** The number of bytes `text` takes in UTF-8. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** The row's type: a description's own type, a null candidate as end-of-candidates. */
export function signalType(message: SignalLike): SignalType {
  switch (message.kind) {
    case 'hello':
      return message.glare ? `glare-${message.glare}` : 'hello';
    case 'description': {
      const type = message.description?.type;
      return type === 'answer' || type === 'pranswer' || type === 'rollback' ? type : 'offer';
    }
    case 'candidate':
      return message.candidate ? 'candidate' : 'end-of-candidates';
    case 'bye':
      return 'bye';
  }
}

/** The row for `message` going `direction`. */
export function signalRow(message: SignalLike, direction: SignalDirection): SignalRow {
  return { type: signalType(message), direction, bytes: utf8Length(JSON.stringify(message)) };
}
