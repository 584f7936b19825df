// Who is DTLS client and server, from the a=setup of an offer and its answer
// (RFC 4145 §4 for the values, RFC 8842 §5 for their use with DTLS).
import type { DtlsRoles, NegotiationNote } from './negotiation-types';

const ROLE_OF: Readonly<Record<string, 'client' | 'server'>> = {
  active: 'client',
  passive: 'server',
};

/** Decide the DTLS roles and explain them in `notes`. */
export function decideDtlsRoles(
  offerSetup: string | null,
  answerSetup: string | null,
  notes: NegotiationNote[],
): DtlsRoles {
  const roles: DtlsRoles = { offerSetup, answerSetup, offerer: 'unknown', answerer: 'unknown' };
  if (answerSetup === null || offerSetup === null) {
    notes.push({
      severity: 'warning',
      message:
        'No a=setup on one side: RFC 8842 §5 treats a missing answer setup as "active", but browsers always write it.',
      rfc: 'RFC 8842 §5',
    });
    if (answerSetup !== null) return roles;
    answerSetup = 'active';
  }
  const answerer = ROLE_OF[answerSetup];
  if (!answerer) {
    notes.push({
      severity: 'error',
      message: `The answer says setup:${answerSetup}; an answer must pick active or passive.`,
      rfc: 'RFC 8842 §5',
    });
    return roles;
  }
  if (offerSetup !== null && offerSetup !== 'actpass' && ROLE_OF[offerSetup] === answerer) {
    notes.push({
      severity: 'error',
      message: `Offer setup:${offerSetup} and answer setup:${answerSetup} want the same DTLS role.`,
      rfc: 'RFC 4145 §4',
    });
    return roles;
  }
  roles.answerer = answerer;
  roles.offerer = answerer === 'client' ? 'server' : 'client';
  notes.push({
    severity: 'info',
    message: `DTLS: the offer said ${offerSetup ?? '(nothing)'}, the answer ${answerSetup}, so the answerer is the DTLS ${answerer} (it ${answerer === 'client' ? 'sends the ClientHello' : 'waits for the ClientHello'}) and the offerer the ${roles.offerer}. Data channels opened by the client use even stream ids, the server's odd ones.`,
    rfc: 'RFC 8842 §5; RFC 8832 §6',
  });
  return roles;
}
