/**
 * Who yields in a collision. Perfect negotiation needs the two peers to agree, without talking,
 * that exactly one of them is polite: both compare the same two ids, so both reach the same answer.
 */

/** A peer's part in perfect negotiation: the polite one rolls back, the impolite one insists. */
export type NegotiationRole = 'polite' | 'impolite';

/**
 * The role of peer `self` facing peer `other`: the peer whose id sorts first (plain code-unit
 * order, the same in every browser) is polite. Two equal ids have no answer and throw.
 */
export function roleOf(self: string, other: string): NegotiationRole {
  if (self === other) throw new Error('Two peers with the same id cannot choose roles.');
  return self < other ? 'polite' : 'impolite';
}

/** Whether peer `self` is the polite one facing peer `other`. */
export function isPolite(self: string, other: string): boolean {
  return roleOf(self, other) === 'polite';
}
