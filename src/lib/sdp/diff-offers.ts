// diffOffers: how a later offer differs from an earlier one of the same connection. New ICE
// credentials mean an ICE restart (RFC 8445 §9, RFC 8839 §4.4.1.1); anything else that changed
// is an ordinary renegotiation (RFC 3264 §8).
import { describeForNegotiation, type SectionFacts } from './description-model';
import type { DescriptionChange, NegotiationNote } from './negotiation-types';
import type { SdpAnnotation } from './types';

const codecList = (s: SectionFacts) => s.codecs.map((c) => `${c.name}/${c.payloadType}`).join(' ');

function compareSection(
  before: SectionFacts,
  after: SectionFacts,
  notes: NegotiationNote[],
): boolean {
  const b = before.section;
  const a = after.section;
  const where = `Section ${a.index} (${a.media}${a.mid === null ? '' : `, mid ${a.mid}`})`;
  let changed = false;
  const note = (message: string, rfc: string) => {
    changed = true;
    notes.push({ severity: 'info', message: `${where}: ${message}`, rfc });
  };
  if (b.media !== a.media)
    notes.push({
      severity: 'error',
      message: `${where} changed media type from ${b.media} to ${a.media}; an m-line keeps its type (RFC 3264 §8.3.3 allows it only for a reused port-0 line).`,
      rfc: 'RFC 3264 §8',
    });
  if (b.direction !== a.direction)
    note(`direction ${b.direction} → ${a.direction}.`, 'RFC 3264 §8.4');
  if (!b.rejected && a.rejected)
    note('now has port 0: the section is stopped (the transceiver was stopped).', 'RFC 3264 §8.2');
  if (b.rejected && !a.rejected) note('was stopped and is in use again.', 'RFC 3264 §8.3');
  if (b.mid !== a.mid) note(`mid ${b.mid ?? '(none)'} → ${a.mid ?? '(none)'}.`, 'RFC 5888 §4');
  if (codecList(before) !== codecList(after))
    note(
      `codec list changed: ${codecList(before) || '(none)'} → ${codecList(after) || '(none)'}.`,
      'RFC 3264 §8.3.2',
    );
  if (before.setup !== after.setup)
    note(`a=setup ${before.setup ?? '(none)'} → ${after.setup ?? '(none)'}.`, 'RFC 8842 §5');
  if (before.fingerprint !== after.fingerprint)
    note('a new DTLS certificate fingerprint: a new DTLS handshake will happen.', 'RFC 8842 §5');
  return changed;
}

/** Explain how offer `after` differs from an earlier offer `before` (both annotated): ICE restart, renegotiation, or nothing. */
export function diffOffers(before: SdpAnnotation, after: SdpAnnotation): DescriptionChange {
  const b = describeForNegotiation(before);
  const a = describeForNegotiation(after);
  const notes: NegotiationNote[] = [];
  const change: DescriptionChange = {
    kind: 'unchanged',
    iceRestart: false,
    sessionVersion: { before: b.sessionVersion, after: a.sessionVersion },
    sectionsAdded: Math.max(0, a.sections.length - b.sections.length),
    notes,
  };
  if (b.sessionId !== null && a.sessionId !== null && b.sessionId !== a.sessionId) {
    change.kind = 'different-session';
    notes.push({
      severity: 'warning',
      message: `The session ids differ (${b.sessionId} and ${a.sessionId}): these come from two different RTCPeerConnections, not a renegotiation.`,
      rfc: 'RFC 8866 §5.2',
    });
    return change;
  }
  let renegotiated = change.sectionsAdded > 0;
  if (a.sections.length < b.sections.length)
    notes.push({
      severity: 'error',
      message:
        'The later offer has fewer m-lines: sections are never removed, only rejected with port 0.',
      rfc: 'RFC 3264 §8.2',
    });
  if (change.sectionsAdded > 0)
    notes.push({
      severity: 'info',
      message: `${change.sectionsAdded} media section(s) added at the end (new transceivers or a first data channel).`,
      rfc: 'RFC 3264 §8.1',
    });
  const restarted: string[] = [];
  b.sections.forEach((sb, i) => {
    const sa = a.sections[i];
    if (!sa) return;
    if (compareSection(sb, sa, notes)) renegotiated = true;
    if (sb.iceUfrag !== sa.iceUfrag || sb.icePwd !== sa.icePwd)
      restarted.push(sa.section.mid ?? String(i));
  });
  if (restarted.length > 0) {
    change.iceRestart = true;
    notes.push({
      severity: 'info',
      message: `ICE restart: new ice-ufrag and ice-pwd in ${restarted.length === a.sections.length ? 'every section' : `mid(s) ${restarted.join(', ')}`}. Both sides gather again and run new checks; the DTLS session and data channels survive if a new path is found.`,
      rfc: 'RFC 8445 §9; RFC 8839 §4.4.1.1',
    });
  }
  const bumped = b.sessionVersion !== a.sessionVersion;
  if (bumped)
    notes.push({
      severity: 'info',
      message: `Session version ${b.sessionVersion ?? '?'} → ${a.sessionVersion ?? '?'}: the o= line says this is a new version of the description.`,
      rfc: 'RFC 8866 §5.2',
    });
  else if (renegotiated || change.iceRestart)
    notes.push({
      severity: 'warning',
      message: 'The description changed but the o= session version did not go up.',
      rfc: 'RFC 3264 §8',
    });
  change.kind = change.iceRestart ? 'ice-restart' : renegotiated ? 'renegotiation' : 'unchanged';
  return change;
}
