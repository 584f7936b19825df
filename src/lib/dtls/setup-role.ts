// Which peer is the DTLS client, from the a=setup attributes of the offer and the answer
// (RFC 4145 §4 defines the values; RFC 8842 applies them to DTLS: `active` starts the handshake
// as client, `passive` waits as server, `actpass` lets the other side choose).

/** An a=setup value as SDP writes it. */
export type SetupValue = 'active' | 'passive' | 'actpass' | 'holdconn';

/** Each side's DTLS role and the sentence that derives it. */
export interface DtlsRoles {
  offerer: 'client' | 'server' | undefined;
  answerer: 'client' | 'server' | undefined;
  sentence: string;
}

const SETUP_VALUES: readonly string[] = ['active', 'passive', 'actpass', 'holdconn'];

/** The first `a=setup` value of an SDP (BUNDLE makes every section say the same), if any. */
export function sdpSetup(sdp: string): SetupValue | undefined {
  const value = /^a=setup:(\S+)/m.exec(sdp)?.[1]?.toLowerCase();
  return value !== undefined && SETUP_VALUES.includes(value) ? (value as SetupValue) : undefined;
}

const ROLE_OF: Partial<Record<SetupValue, 'client' | 'server'>> = {
  active: 'client',
  passive: 'server',
};

const CITE = '(RFC 4145 §4; RFC 8842)';

/**
 * The DTLS roles that the offer's and the answer's a=setup decide, with one sentence saying
 * why. The answer settles it: `active` makes the answerer the client, `passive` the server, and
 * the offerer takes the other role.
 */
export function deriveDtlsRoles(
  offer: SetupValue | undefined,
  answer: SetupValue | undefined,
  names: { offerer: string; answerer: string } = { offerer: 'A', answerer: 'B' },
): DtlsRoles {
  const { offerer, answerer } = names;
  if (offer === undefined || answer === undefined) {
    return {
      offerer: undefined,
      answerer: undefined,
      sentence: `Without a=setup in both the offer and the answer the roles cannot be read from the SDP ${CITE}.`,
    };
  }
  const answererRole = ROLE_OF[answer];
  if (answererRole === undefined) {
    return {
      offerer: undefined,
      answerer: undefined,
      sentence: `${answerer} answered a=setup:${answer}, which does not choose a role: an answer must say active or passive ${CITE}.`,
    };
  }
  const offererRole = answererRole === 'client' ? 'server' : 'client';
  const offered =
    offer === 'actpass'
      ? `${offerer} offered a=setup:actpass (either role)`
      : `${offerer} offered a=setup:${offer}`;
  const starts =
    answererRole === 'client'
      ? `${answerer} sends the first handshake message as the DTLS client and ${offerer} answers it as the server`
      : `${answerer} waits as the DTLS server and ${offerer} starts the handshake as the client`;
  return {
    offerer: offererRole,
    answerer: answererRole,
    sentence: `${offered}; ${answerer} answered a=setup:${answer}, so ${starts} ${CITE}.`,
  };
}
