// The learner's choice of data channel options, turned into createDataChannel's dictionary.

/** How lost messages are handled: never given up, given up after n retransmissions or a time. */
export type Reliability = 'reliable' | 'retransmits' | 'lifetime' | 'both';

/** Everything the learner picks for the channel. */
export interface ChannelChoice {
  ordered: boolean;
  reliability: Reliability;
  maxRetransmits: number;
  maxPacketLifeTime: number;
  negotiated: boolean;
  id: number;
}

/** createDataChannel's options (RTCDataChannelInit), without the DOM types. */
export interface ChannelInit {
  ordered: boolean;
  maxRetransmits?: number;
  maxPacketLifeTime?: number;
  negotiated?: boolean;
  id?: number;
}

/** The largest stream id the lab offers: browsers open 1024 streams (ids 0 to 1023) at least. */
export const MAX_STREAM_ID = 1023;

/** The largest value of maxRetransmits and maxPacketLifeTime (unsigned short in WebIDL). */
export const MAX_UNSIGNED_SHORT = 65_535;

/** The lab's starting choice: reliable and ordered, opened through DCEP. */
export const DEFAULT_CHOICE: ChannelChoice = {
  ordered: true,
  reliability: 'reliable',
  maxRetransmits: 0,
  maxPacketLifeTime: 500,
  negotiated: false,
  id: 6,
};

/** The dictionary to pass; with 'both' it carries both limits, which the browser must refuse. */
export function channelInit(choice: ChannelChoice): ChannelInit {
  const init: ChannelInit = { ordered: choice.ordered };
  if (choice.reliability === 'retransmits' || choice.reliability === 'both') {
    init.maxRetransmits = choice.maxRetransmits;
  }
  if (choice.reliability === 'lifetime' || choice.reliability === 'both') {
    init.maxPacketLifeTime = choice.maxPacketLifeTime;
  }
  if (choice.negotiated) {
    init.negotiated = true;
    init.id = choice.id;
  }
  return init;
}

/** The DCEP channel type byte for this choice (RFC 8832 §5.1); null for 'both'. */
export function channelTypeByte(choice: ChannelChoice): number | null {
  const base = { reliable: 0x00, retransmits: 0x01, lifetime: 0x02, both: null }[
    choice.reliability
  ];
  if (base === null) return null;
  return choice.ordered ? base : base | 0x80;
}

/** A short description: "unordered, at most 0 retransmissions". */
export function describeChoice(choice: ChannelChoice): string {
  const order = choice.ordered ? 'ordered' : 'unordered';
  switch (choice.reliability) {
    case 'reliable':
      return `reliable, ${order}`;
    case 'retransmits':
      return `${order}, at most ${choice.maxRetransmits} retransmission${choice.maxRetransmits === 1 ? '' : 's'}`;
    case 'lifetime':
      return `${order}, given up after ${choice.maxPacketLifeTime} ms`;
    case 'both':
      return `${order}, with both maxRetransmits and maxPacketLifeTime`;
  }
}

/** An integer in [min, max] from `text`, or `fallback` when it is not one. */
export function boundedInteger(text: string | null, min: number, max: number, fallback: number) {
  if (text === null || !/^\s*\d+\s*$/.test(text)) return fallback;
  return Math.min(max, Math.max(min, Number(text)));
}

/**
 * Reads a URL preset: `mode=ordered|unordered`, `maxRetransmits=n`, `maxPacketLifeTime=ms`
 * (both given: 'both'), `negotiated=1` with `id=n`. Unknown or malformed values are ignored.
 */
export function choiceFromParams(
  get: (name: string) => string | null,
  base: ChannelChoice = DEFAULT_CHOICE,
): ChannelChoice {
  const choice = { ...base };
  const mode = get('mode');
  if (mode === 'ordered' || mode === 'unordered') choice.ordered = mode === 'ordered';
  const retransmits = get('maxRetransmits');
  const lifetime = get('maxPacketLifeTime');
  if (retransmits !== null) {
    choice.maxRetransmits = boundedInteger(retransmits, 0, MAX_UNSIGNED_SHORT, base.maxRetransmits);
  }
  if (lifetime !== null) {
    choice.maxPacketLifeTime = boundedInteger(
      lifetime,
      0,
      MAX_UNSIGNED_SHORT,
      base.maxPacketLifeTime,
    );
  }
  if (retransmits !== null && lifetime !== null) choice.reliability = 'both';
  else if (retransmits !== null) choice.reliability = 'retransmits';
  else if (lifetime !== null) choice.reliability = 'lifetime';
  if (get('negotiated') === '1') choice.negotiated = true;
  choice.id = boundedInteger(get('id'), 0, MAX_STREAM_ID, base.id);
  return choice;
}
