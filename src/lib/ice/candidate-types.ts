// The shapes an ICE candidate attribute parses into (RFC 8839 §5.1, RFC 6544 §4.5).
import type { Diagnostic } from '../diagnostic';

/** The four candidate types of RFC 8445 §5.1.1. */
export type CandidateType = 'host' | 'srflx' | 'prflx' | 'relay';

/** What a candidate's connection-address is: an IP literal, an mDNS name (`.local`), or another name. */
export type CandidateAddressKind = 'ipv4' | 'ipv6' | 'mdns' | 'hostname';

/** A cand-extension the parser does not interpret, kept in order (RFC 8839 §5.1: unknown ones are ignored, not rejected). */
export interface CandidateExtension {
  name: string;
  value: string;
}

/** One parsed candidate attribute with every field the browsers send. */
export interface IceCandidate {
  foundation: string;
  component: number;
  /** Lower-cased transport (`udp`, `tcp`, or an extension token). */
  transport: string;
  priority: number;
  address: string;
  addressKind: CandidateAddressKind;
  port: number;
  /** `host`, `srflx`, `prflx`, `relay`, or whatever unknown type the line carried. */
  type: string;
  relatedAddress: string | undefined;
  relatedPort: number | undefined;
  /** RFC 6544 §4.5: `active`, `passive` or `so`; only on TCP candidates. */
  tcpType: string | undefined;
  /** libwebrtc extension: the ICE generation (bumped by an ICE restart). */
  generation: number | undefined;
  /** libwebrtc extension: the ICE username fragment the candidate belongs to. */
  ufrag: string | undefined;
  /** libwebrtc extension: an id of the network interface. */
  networkId: number | undefined;
  /** libwebrtc extension: the interface's cost (10 ethernet/wifi, 50 unknown, 900 cellular...). */
  networkCost: number | undefined;
  extensions: CandidateExtension[];
}

/** Names of the fields a candidate line is cut into, in the order they may appear. */
export type CandidateFieldName =
  | 'foundation'
  | 'component'
  | 'transport'
  | 'priority'
  | 'address'
  | 'port'
  | 'type'
  | 'raddr'
  | 'rport'
  | 'tcptype'
  | 'generation'
  | 'ufrag'
  | 'network-id'
  | 'network-cost'
  | 'extension';

/** One field's text and where its value sits in the input string (`end` exclusive). */
export interface CandidateField {
  name: CandidateFieldName;
  /** For keyword fields (`typ`, `raddr`, extensions...), the keyword as written. */
  keyword: string | undefined;
  value: string;
  start: number;
  end: number;
}

/** Result of parsing: the candidate when its mandatory fields were all readable, plus fields and diagnostics. */
export interface ParsedCandidate {
  candidate: IceCandidate | undefined;
  fields: CandidateField[];
  /** Problems, each with the char span of the candidate text it concerns. */
  diagnostics: Diagnostic[];
}
