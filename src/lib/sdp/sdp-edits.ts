// Hand edits of an SDP, as a learner would make them before setLocalDescription ("munging"):
// each takes the text and returns it changed, or null when the SDP has nothing to change.
// Plain text functions: no browser, no lab state. The sdp-munge lab offers them as buttons.

/** The id of a suggested edit: the `data-action` suffix of its button and its `edit=` preset. */
export type SdpEditId =
  | 'remove-codec'
  | 'unknown-attribute'
  | 'break-fingerprint'
  | 'change-fingerprint'
  | 'change-ufrag'
  | 'malformed-line';

/** A suggested edit: its id, its button label and what it does. */
export interface SdpEdit {
  id: SdpEditId;
  label: string;
  does: string;
  apply(sdp: string): string | null;
}

const lines = (sdp: string) => sdp.split(/\r?\n/);
const eol = (sdp: string) => (sdp.includes('\r\n') ? '\r\n' : '\n');

/** The 0-based line range [first, end) of the first RTP media section. */
function firstRtpSection(all: string[]): { first: number; end: number } | null {
  const first = all.findIndex((l) => /^m=\S+ \d+ \S*RTP\S* /.test(l));
  if (first < 0) return null;
  const next = all.findIndex((l, i) => i > first && l.startsWith('m='));
  return { first, end: next < 0 ? all.length : next };
}

/** Removes the preferred codec of the first RTP section, and the RTX or RED entries built on it. */
export function removePreferredCodec(sdp: string): string | null {
  const all = lines(sdp);
  const section = firstRtpSection(all);
  if (!section) return null;
  const mLine = all[section.first]!.split(' ');
  const pt = mLine[3];
  if (pt === undefined) return null;
  const drop = new Set([pt]);
  for (let i = section.first; i < section.end; i += 1) {
    const fmtp = /^a=fmtp:(\d+) (.*)$/.exec(all[i]!);
    if (!fmtp) continue;
    const [, other, params] = fmtp;
    // RTX names the codec it repairs with apt= (RFC 4588); RED lists the codec it carries as pt/pt (RFC 2198).
    if (params === `apt=${pt}` || new RegExp(`^${pt}(/${pt})+$`).test(params!)) drop.add(other!);
  }
  const kept = all.flatMap((line, i) => {
    if (i === section.first)
      return [[...mLine.slice(0, 3), ...mLine.slice(3).filter((f) => !drop.has(f))].join(' ')];
    const attr = /^a=(?:rtpmap|fmtp|rtcp-fb):(\d+)[ ]/.exec(line);
    if (i > section.first && i < section.end && attr && drop.has(attr[1]!)) return [];
    return [line];
  });
  return kept.join(eol(sdp));
}

/** Adds an attribute no specification defines after the first a=mid line. */
export function addUnknownAttribute(sdp: string): string | null {
  const all = lines(sdp);
  const at = all.findIndex((l) => l.startsWith('a=mid:'));
  if (at < 0) return null;
  all.splice(at + 1, 0, 'a=x-course-note:added by hand');
  return all.join(eol(sdp));
}

/** Removes every a=fingerprint line. */
export function removeFingerprint(sdp: string): string | null {
  const all = lines(sdp);
  const kept = all.filter((l) => !l.startsWith('a=fingerprint:'));
  return kept.length === all.length ? null : kept.join(eol(sdp));
}

/** Changes the first byte of every a=fingerprint, the same way everywhere. */
export function changeFingerprint(sdp: string): string | null {
  if (!/^a=fingerprint:/m.test(sdp)) return null;
  return sdp.replace(
    /^(a=fingerprint:\S+ )([0-9A-Fa-f]{2})/gm,
    (_, head: string, byte: string) => `${head}${byte.toUpperCase() === '00' ? 'FF' : '00'}`,
  );
}

/** Replaces every a=ice-ufrag value with one the browser did not pick. */
export function changeUfrag(sdp: string): string | null {
  if (!/^a=ice-ufrag:/m.test(sdp)) return null;
  return sdp.replace(/^a=ice-ufrag:\S+/gm, 'a=ice-ufrag:Edit');
}

/** Cuts the clock rate off the first a=rtpmap line, which no SDP parser can read. */
export function breakRtpmap(sdp: string): string | null {
  if (!/^a=rtpmap:\d+ [^/\s]+\//m.test(sdp)) return null;
  return sdp.replace(/^(a=rtpmap:\d+ [^/\s]+)\/\S*/m, '$1');
}

/** Every suggested edit, in the order of the buttons. */
export const SDP_EDITS: readonly SdpEdit[] = [
  {
    id: 'remove-codec',
    label: 'Remove the preferred codec',
    does: 'deletes the first codec of the audio section (its payload type, rtpmap, fmtp and rtcp-fb lines) and the RED or RTX entries that depend on it',
    apply: removePreferredCodec,
  },
  {
    id: 'unknown-attribute',
    label: 'Add an unknown attribute',
    does: 'adds a=x-course-note:added by hand after the first a=mid line',
    apply: addUnknownAttribute,
  },
  {
    id: 'break-fingerprint',
    label: 'Remove the fingerprint',
    does: 'deletes every a=fingerprint line',
    apply: removeFingerprint,
  },
  {
    id: 'change-fingerprint',
    label: 'Change the fingerprint',
    does: 'changes the first byte of the certificate hash in every a=fingerprint line',
    apply: changeFingerprint,
  },
  {
    id: 'change-ufrag',
    label: 'Change the ICE ufrag',
    does: 'replaces every a=ice-ufrag value with "Edit"',
    apply: changeUfrag,
  },
  {
    id: 'malformed-line',
    label: 'Break an rtpmap line',
    does: 'cuts the clock rate off the first a=rtpmap line, so it no longer fits the grammar',
    apply: breakRtpmap,
  },
];
