// Writing a candidate back as an attribute value in RFC 8839 §5.1 field order.
import type { IceCandidate } from './candidate-types';

/** Serialise a candidate as `candidate:...` (without `a=`), fields in RFC 8839 §5.1 order, extensions last. */
export function formatCandidate(candidate: IceCandidate): string {
  const parts: (string | number)[] = [
    `candidate:${candidate.foundation}`,
    candidate.component,
    candidate.transport,
    candidate.priority,
    candidate.address,
    candidate.port,
    'typ',
    candidate.type,
  ];
  if (candidate.relatedAddress !== undefined) parts.push('raddr', candidate.relatedAddress);
  if (candidate.relatedPort !== undefined) parts.push('rport', candidate.relatedPort);
  if (candidate.tcpType !== undefined) parts.push('tcptype', candidate.tcpType);
  if (candidate.generation !== undefined) parts.push('generation', candidate.generation);
  if (candidate.ufrag !== undefined) parts.push('ufrag', candidate.ufrag);
  if (candidate.networkId !== undefined) parts.push('network-id', candidate.networkId);
  if (candidate.networkCost !== undefined) parts.push('network-cost', candidate.networkCost);
  for (const extension of candidate.extensions) parts.push(extension.name, extension.value);
  return parts.join(' ');
}
