// Why the browser accepted or refused an edited offer: a table of the refusals learners meet,
// matched on the browser's own error text, and the reasons an accepted edit made no trouble.
import { annotateSdp, type LineChanges } from '~/lib/sdp';

/** One row of the table shown in the lab: an edit, what Chromium did with it, and why. */
export interface KnownOutcome {
  edit: string;
  local: string;
  remote: string;
  why: string;
  rfc: string;
}

/** What Chromium 156 did with each kind of edit when this lab was written (other engines differ). */
export const KNOWN_OUTCOMES: readonly KnownOutcome[] = [
  {
    edit: 'A malformed line (rtpmap without clock rate, a line with no "=", an m-line without formats)',
    local: 'OperationError',
    remote: 'OperationError',
    why: 'The parser quotes the first line it cannot read and rejects the whole description.',
    rfc: 'RFC 8866 §5, §6.6',
  },
  {
    edit: 'Fingerprint removed',
    local: 'InvalidAccessError',
    remote: 'InvalidAccessError',
    why: 'Without a=fingerprint nothing ties the DTLS certificate to the signaling, so the description cannot be secured: "no DTLS fingerprint".',
    rfc: 'RFC 8122 §5; RFC 8827 §6.5',
  },
  {
    edit: 'Fingerprint changed',
    local: 'InvalidModificationError',
    remote: 'accepted',
    why: 'A knows its own certificate and refuses a hash that is not its own; B cannot tell until the DTLS handshake, which would then fail.',
    rfc: 'RFC 8122 §5; RFC 9429 §5.4',
  },
  {
    edit: 'ICE ufrag changed',
    local: 'accepted',
    remote: 'accepted',
    why: 'Chromium still tolerates this local change; both sides then use the edited ufrag, so the checks match and the pair connects.',
    rfc: 'RFC 8839 §5.4; RFC 9429 §5.4',
  },
  {
    edit: 'A codec removed',
    local: 'accepted',
    remote: 'accepted',
    why: 'Fewer formats only narrow the offer: the answer picks from what is left, and the call runs without that codec.',
    rfc: 'RFC 3264 §5.1, §6.1',
  },
  {
    edit: 'An unknown attribute added',
    local: 'accepted',
    remote: 'accepted',
    why: 'Receivers ignore attributes they do not understand, so the line changes nothing.',
    rfc: 'RFC 8866 §5.13',
  },
  {
    edit: 'a=setup:active instead of actpass in the offer',
    local: 'accepted',
    remote: 'accepted',
    why: 'Both accept it, but A then refuses B’s answer: an offerer must leave the DTLS role open with actpass.',
    rfc: 'RFC 8842 §5',
  },
];

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
    why: 'Chromium compares a local description with the one createOffer produced and refuses changes it cannot honour, such as a fingerprint that is not the hash of the certificate this connection holds. JSEP does not support changing a description between createOffer and setLocalDescription at all (RFC 9429 §5.4); Chromium is phasing out the changes it still tolerates.',
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
function classify(line: string): { name: string; known: boolean } {
  const annotated = annotateSdp(line).lines[0];
  return { name: annotated?.name ?? '', known: annotated?.known ?? false };
}

/** Why an edit was accepted on `side`, from the lines it removed and added. */
export function explainAcceptance(side: 'local' | 'remote', changes: LineChanges): string {
  if (changes.removed.length === 0 && changes.added.length === 0) {
    return 'Nothing was edited: this is exactly the description the browser wrote.';
  }
  const added = changes.added.map(classify);
  const removed = changes.removed.map(classify);
  const reasons: string[] = [];
  if (added.some((c) => !c.known && c.name !== '')) {
    reasons.push(
      'The added attribute is unknown: a receiver ignores attributes it does not understand (RFC 8866 §5.13), so it changes nothing.',
    );
  }
  if (removed.some((c) => c.name === 'rtpmap')) {
    reasons.push(
      'A codec was removed: the offer is narrower, and the answer can only choose from what remains (RFC 3264 §6.1).',
    );
  }
  if (removed.some((c) => c.name === 'ice-ufrag' || c.name === 'ice-pwd')) {
    reasons.push(
      'The ICE credentials changed; Chromium tolerates that locally, and since both sides got the same text the checks still match (RFC 8839 §5.4).',
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
