// Why the browser accepted or refused an edited offer, from what it did: its own error (name and
// text) for a refusal, the edited lines for an acceptance, and the connection's end when both
// accepted. Nothing here assumes which browser runs; only titles use its name.
import type { LineChanges } from '~/lib/sdp/line-changes';
import type { SdpAnnotation } from '~/lib/sdp/types';

/** The SDP engine's annotator, handed in by the lab once the engine has loaded. */
export type Annotate = (sdp: string) => SdpAnnotation;

/** One row of the table of what this browser did: the edit, each side's verdict, the connection. */
export interface ObservedOutcome {
  edit: string;
  local: string;
  remote: string;
  connection: string;
  why: string;
}

/**
 * The running browser's name, for titles only (its behaviour comes from what it did): from
 * `navigator.userAgentData.brands` when there are any, else from the user agent string.
 */
export function browserName(userAgent: string, brands: readonly { brand: string }[] = []): string {
  const real = brands.map((b) => b.brand).filter((b) => !/not.?a.?brand/i.test(b));
  const named = ['Microsoft Edge', 'Opera', 'Google Chrome', 'Chromium'].find((b) =>
    real.includes(b),
  );
  if (named) return named;
  if (/Firefox\/\d+/.test(userAgent)) return 'Firefox';
  if (/Edg\/\d+/.test(userAgent)) return 'Microsoft Edge';
  if (/Chrom(e|ium)\/\d+/.test(userAgent)) return 'Chromium';
  if (/Version\/[\d.]+ .*Safari\//.test(userAgent)) return 'Safari';
  return 'this browser';
}

/** A changed description in a few words, for the table: the attributes removed, added or changed. */
export function describeEdit(changes: LineChanges, annotate: Annotate): string {
  const removed = changes.removed.map((l) => classify(l, annotate).name || l);
  const added = changes.added.map((l) => classify(l, annotate).name || l);
  const changed = [...new Set(removed.filter((n) => added.includes(n)))];
  const parts = [
    ...changed.map((n) => `${n} changed`),
    ...[...new Set(removed)].filter((n) => !changed.includes(n)).map((n) => `${n} removed`),
    ...[...new Set(added)].filter((n) => !changed.includes(n)).map((n) => `${n} added`),
  ];
  return parts.join(', ') || 'no edit';
}

const REFUSALS: readonly { test: RegExp; why: string }[] = [
  {
    test: /parse SessionDescription|Invalid SDP line|Expects? /i,
    why: 'The browser’s SDP parser could not read the line it quotes, and one unreadable line rejects the whole description. Each line type has a fixed grammar (RFC 8866 §5; rtpmap in §6.6); this check is the same on both sides.',
  },
  {
    test: /without DTLS fingerprint|fingerprint/i,
    why: 'WebRTC secures every media section with DTLS, and a=fingerprint is the only thing that binds the self-signed certificate to the signaling (RFC 8122 §5, RFC 8827 §6.5). A description without it could never be authenticated, so it is refused whoever applies it.',
  },
  {
    test: /does not match the previously generated/i,
    why: 'The browser compared the local description with the one createOffer produced and refused a change it cannot honour, such as a fingerprint that is not the hash of the certificate this connection holds. JSEP does not support changing a description between createOffer and setLocalDescription at all (RFC 9429 §5.4).',
  },
  {
    test: /missing a MID/i,
    why: 'JSEP identifies every media section by its a=mid (RFC 9429 §5.2.1, RFC 5888 §4): without one the browser cannot map the section to a transceiver.',
  },
  {
    test: /actpass/i,
    why: 'The offerer must write a=setup:actpass and let the answerer choose the DTLS role (RFC 8842 §5); an offer that already took a role cannot be answered.',
  },
];

/** Why the browser refused: matched on its own error text. */
export function explainRefusal(error: string): string {
  return (
    REFUSALS.find((r) => r.test.test(error))?.why ??
    'The browser found the description inconsistent with WebRTC’s rules. Compare your edit with the table of known outcomes below.'
  );
}

/** What a changed line is: its attribute name (or line letter) and whether the rule table knows it. */
function classify(line: string, annotate: Annotate): { name: string; known: boolean } {
  const annotated = annotate(line).lines[0];
  return { name: annotated?.name ?? '', known: annotated?.known ?? false };
}

/** Why an edit was accepted on `side`, from the lines it removed and added. */
export function explainAcceptance(
  side: 'local' | 'remote',
  changes: LineChanges,
  annotate: Annotate,
): string {
  if (changes.removed.length === 0 && changes.added.length === 0) {
    return 'Nothing was edited: this is exactly the description the browser wrote.';
  }
  const added = changes.added.map((l) => classify(l, annotate));
  const removed = changes.removed.map((l) => classify(l, annotate));
  const reasons: string[] = [];
  if (added.some((c) => !c.known && c.name !== '')) {
    reasons.push(
      'The added attribute is unknown: a receiver ignores attributes it does not understand (RFC 8866 §5.13), so it changes nothing.',
    );
  }
  const broken = changes.added.filter((l) => breaksGrammar(l, annotate));
  if (broken.length > 0) {
    reasons.push(
      `This browser accepted ${broken.map((l) => `“${l}”`).join(', ')}, which the SDP grammar does not allow (RFC 8866 §5; rtpmap in §6.6): its parser let the line through instead of refusing the whole description, as a stricter parser does.`,
    );
  }
  const addedFormats = new Set(changes.added.map(rtpmapFormat).filter((f) => f !== ''));
  if (changes.removed.some((l) => rtpmapFormat(l) !== '' && !addedFormats.has(rtpmapFormat(l)))) {
    reasons.push(
      'A codec was removed: the offer is narrower, and the answer can only choose from what remains (RFC 3264 §6.1).',
    );
  }
  if (removed.some((c) => c.name === 'ice-ufrag' || c.name === 'ice-pwd')) {
    reasons.push(
      'The ICE credentials changed and the browser tolerated that locally; since both sides got the same text, the checks still match (RFC 8839 §5.4).',
    );
  }
  if (
    side === 'remote' &&
    removed.some((c) => c.name === 'fingerprint') &&
    added.some((c) => c.name === 'fingerprint')
  ) {
    reasons.push(
      'B cannot check a fingerprint when it applies the offer: it learns A’s certificate only in the DTLS handshake, and the comparison would fail there (RFC 8122 §5).',
    );
  }
  return reasons.join(' ') || 'The browser accepted the edited description.';
}

/** The payload type an `a=rtpmap:` line maps ('' for any other line). */
function rtpmapFormat(line: string): string {
  return /^a=rtpmap:(\d+)/.exec(line)?.[1] ?? '';
}

/** Whether a line is one the annotator finds against its grammar (a diagnostic on a known line). */
function breaksGrammar(line: string, annotate: Annotate): boolean {
  const annotated = annotate(line).lines[0];
  return (annotated?.diagnostics.length ?? 0) > 0;
}

/**
 * Why the pair did not connect although both sides accepted the edited offer, from the edit and
 * the state the connection ended in (`failed`, or still `connecting` at the time limit).
 */
export function explainConnectionFailure(
  changes: LineChanges,
  state: string,
  annotate: Annotate,
): string {
  const names = (lines: readonly string[]) => lines.map((l) => classify(l, annotate).name);
  const fingerprintChanged =
    names(changes.removed).includes('fingerprint') && names(changes.added).includes('fingerprint');
  if (fingerprintChanged) {
    return `The connection ended “${state}”: both calls accepted the edited fingerprint, so it was checked only in the DTLS handshake, where B found that A’s certificate does not hash to it and refused to finish (RFC 8122 §5; RFC 8827 §6.5). A browser that compares its own fingerprint in setLocalDescription refuses the edit earlier.`;
  }
  return `The connection ended “${state}” after both sides accepted the edited offer: the edit left the two peers unable to agree on a working path or a secure handshake. Compare the edited lines with the original.`;
}
