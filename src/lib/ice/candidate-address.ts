// What kind of address a candidate carries: RFC 8839 §5.1 connection-address, and the mDNS
// names browsers use to hide host addresses (draft-ietf-mmusic-mdns-ice-candidates §3.1).
import type { CandidateAddressKind } from './candidate-types';
import { isIpv4Address } from './host-syntax';

const IPV6 = /^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*$/;

/** Classify a candidate address as an IPv4 or IPv6 literal, an mDNS `.local` name, or another host name. */
export function classifyCandidateAddress(address: string): CandidateAddressKind {
  if (isIpv4Address(address)) return 'ipv4';
  if (IPV6.test(address)) return 'ipv6';
  if (address.toLowerCase().endsWith('.local')) return 'mdns';
  return 'hostname';
}
