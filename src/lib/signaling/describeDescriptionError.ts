// A learner's explanation of what went wrong with a description carried by hand. Where the
// browser refused, its own words (error name and message) follow the explanation: they differ
// between browsers (Chromium: "Failed to set remote answer sdp: Called in wrong state: stable";
// Firefox: "Cannot set remote answer in state stable"), so nothing here depends on their wording
// beyond a few words both use.
import type { CarriedType } from '../sdp/compactDescription';
import type { PasteProblem } from './readPastedDescription';

/** Something that went wrong with a pasted description, as the lab saw it. */
export type DescriptionMistake =
  /** The text could not be read as a description at all. */
  | { kind: 'paste'; problem: PasteProblem; detail: string }
  /** A description of the other type than this tab waits for (checked before the browser). */
  | { kind: 'wrong-type'; got: CarriedType; expected: CarriedType }
  /** An answer this tab already applied to an earlier connection (same ICE ufrag). */
  | { kind: 'already-used'; ufrag: string }
  /** The browser refused it: `error` is what setRemoteDescription or createAnswer threw. */
  | { kind: 'refused'; error: unknown; applying: CarriedType; signalingState: string };

const PASTE_HINTS: Record<PasteProblem, string> = {
  empty: 'Paste the text the other tab shows, then apply it.',
  garbage: 'Copy the whole text from the other tab with its Copy button and paste it again.',
  'bare-sdp': 'Copy the JSON (it names the type) or the compact form instead of the SDP alone.',
  'bad-json': 'Part of it is probably missing: copy it again with the Copy button.',
  'json-not-description': 'The other tab shows {"type": …, "sdp": …}: copy that object whole.',
  'not-compact': 'Copy the compact form whole, including its "offer:" or "answer:" start.',
  'not-base64url': 'Copy the compact form again: letters, digits, "-" and "_" only.',
  'newer-format': 'Reload both tabs so that they run the same version of this page.',
  corrupt: 'Copy it again whole: the end was probably cut off.',
  'no-inflate': 'Use the JSON form instead: it needs no decompression.',
  'not-sdp': 'Copy it again from the other tab.',
};

/** Why the browser refused, by the standard error names (WebRTC 1.0 §4.4.1.5, §4.4.1.6). */
function refusalReason(error: unknown, applying: CarriedType, state: string): string {
  const { name, message } = nameAndMessage(error);
  if (name === 'InvalidStateError') {
    return applying === 'answer' && state === 'stable'
      ? 'This tab has no offer waiting for an answer any more (signaling state "stable"): that answer belongs to an exchange already finished, or to an older session.'
      : `The browser cannot take an ${applying} in signaling state "${state}".`;
  }
  if (name === 'OperationError' || name === 'SyntaxError') {
    return 'The text is not valid SDP: the browser could not parse it (damaged, cut short, or edited).';
  }
  if (name === 'TypeError') return 'The description is not of a kind the browser knows.';
  if (name === 'InvalidAccessError') {
    if (/fingerprint/i.test(message))
      return 'The description lacks the DTLS certificate fingerprint that secures the connection.';
    if (/ufrag|ice-pwd|ICE restart/i.test(message))
      return 'Its ICE credentials do not fit this connection: it comes from another or an older session.';
    if (/m-line|mid/i.test(message))
      return 'Its media sections do not match the offer this tab made: it answers a different offer.';
    return 'The browser read the SDP but it breaks a rule the browser checks.';
  }
  return `The browser could not apply the ${applying}.`;
}

/** The name and message of anything thrown (a DOMException, an Error, or a plain value). */
function nameAndMessage(error: unknown): { name: string; message: string } {
  if (typeof error === 'object' && error !== null) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    if (typeof message === 'string') return { name: typeof name === 'string' ? name : '', message };
  }
  return { name: '', message: String(error) };
}

/** The browser's own words for an error: `Name: message`. */
export function browserWords(error: unknown): string {
  const { name, message } = nameAndMessage(error);
  return (name ? `${name}: ${message}` : message).trim();
}

/** A learner's explanation of `mistake`, with the browser's own words where it refused. */
export function describeDescriptionError(mistake: DescriptionMistake): string {
  switch (mistake.kind) {
    case 'paste':
      return `Not a description: ${mistake.detail} ${PASTE_HINTS[mistake.problem]}`;
    case 'wrong-type':
      return mistake.expected === 'offer'
        ? "This is an answer, but this tab has made no offer: paste it in the tab that created the offer, and paste that tab's offer here."
        : 'This is an offer, but this tab is waiting for the answer to its own offer. Applying it would throw that offer away (the browser rolls it back without a word), so it was not applied: paste it in the other tab, and bring its answer here.';
    case 'already-used':
      return `This answer was already used by an earlier connection of this tab (ICE ufrag ${mistake.ufrag}): it answers an offer this tab no longer has. The browser would accept it, since it only compares an answer with the shape of the offer, and the connection would then wait for a peer that is gone. Apply this tab's new offer in the other tab and bring back its new answer.`;
    case 'refused':
      return `${refusalReason(mistake.error, mistake.applying, mistake.signalingState)} The browser said: ${browserWords(mistake.error)}`;
  }
}
