// Which SCTP stream ids a peer may pick for the data channels it opens with DCEP.
// RFC 8832 §6: the DTLS client chooses even stream identifiers, the DTLS server odd ones.

/** A peer's role in the DTLS handshake (getStats `transport.dtlsRole`), or unknown. */
export type DtlsRole = 'client' | 'server' | 'unknown';

/** Whether a stream id is even or odd. */
export type Parity = 'even' | 'odd';

/** The parity of `id`. */
export function parityOf(id: number): Parity {
  return id % 2 === 0 ? 'even' : 'odd';
}

/** The parity DCEP gives the channels a peer in `role` opens (RFC 8832 §6); null if unknown. */
export function dcepParity(role: DtlsRole): Parity | null {
  if (role === 'client') return 'even';
  if (role === 'server') return 'odd';
  return null;
}

/** Reads a getStats `dtlsRole` value into a role ('unknown' for anything else). */
export function readDtlsRole(value: unknown): DtlsRole {
  return value === 'client' || value === 'server' ? value : 'unknown';
}

/** What the lab says about a channel's stream id, given both peers' DTLS roles. */
export interface StreamIdRule {
  parity: Parity;
  /** The peer whose DCEP channels take ids of this parity, or null when roles are unknown. */
  sameParityAs: 'A' | 'B' | null;
  /** Whether the id follows the rule for the peer that opened it (always true when negotiated). */
  follows: boolean;
  sentence: string;
}

/**
 * Explains `id` for a channel opened by peer A, through DCEP or `negotiated: true`, with the DTLS
 * roles read from each peer's connection.
 */
export function describeStreamId(
  id: number,
  negotiated: boolean,
  roles: { a: DtlsRole; b: DtlsRole },
): StreamIdRule {
  const parity = parityOf(id);
  const a = dcepParity(roles.a);
  const b = dcepParity(roles.b);
  const sameParityAs = a === parity ? 'A' : b === parity ? 'B' : null;
  const roleWords = `A is the DTLS ${roles.a}, B the DTLS ${roles.b}`;
  if (a === null || b === null) {
    return {
      parity,
      sameParityAs,
      follows: true,
      sentence: `Stream id ${id} is ${parity}. The browser did not report the DTLS roles, so the lab cannot tell which peer owns ${parity} ids.`,
    };
  }
  if (!negotiated) {
    const follows = a === parity;
    return {
      parity,
      sameParityAs,
      follows,
      sentence: follows
        ? `${roleWords}: A opened this channel through DCEP, so it had to pick an ${a} id, and got ${id}. B's own DCEP channels take ${b} ids, so the two can never pick the same one (RFC 8832 §6).`
        : `${roleWords}, yet A's DCEP channel got id ${id} (${parity}): that breaks RFC 8832 §6, which gives the DTLS ${roles.a} ${a} ids.`,
    };
  }
  const owner = sameParityAs === 'A' ? 'A' : 'B';
  const ownerRole = owner === 'A' ? roles.a : roles.b;
  return {
    parity,
    sameParityAs,
    follows: true,
    sentence: `${roleWords}. You chose id ${id} (${parity}) on both peers, so no DCEP message was sent. ${parity[0]!.toUpperCase()}${parity.slice(1)} ids are the ones peer ${owner}, the DTLS ${ownerRole}, hands out when it opens a channel through DCEP (RFC 8832 §6): an application that mixes both kinds keeps its negotiated ids clear of those.`,
  };
}
